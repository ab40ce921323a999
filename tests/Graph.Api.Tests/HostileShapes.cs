using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>A request body an attacker shapes, and the refusal it must get (null: it must be answered, within bounds).</summary>
/// <param name="WithKey">Sent with the write key (mutations), so that the refusal is not merely the missing key.</param>
public sealed record HostileShape(string Name, byte[] Body, string? Code, bool WithKey = false)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile documents the API must refuse cheaply or answer within bounds, all under the body limit; shared by
/// the adversarial tests and the abuse benchmark (bench/Graph.Bench, which links this file).
/// </summary>
public static class HostileShapes
{
    public static IReadOnlyList<HostileShape> All { get; } =
    [
        Query("fragment chain of 3,000", Chain(3000), "MAX_FRAGMENTS_EXCEEDED"),
        Query("fragment chain of 90", Chain(90), "MAX_FRAGMENT_DEPTH_EXCEEDED"),
        Query("fragment cycle of 2,000", Cycle(2000), "MAX_FRAGMENTS_EXCEEDED"),
        Query("fragment cycle of 50", Cycle(50), "FRAGMENT_CYCLE"),
        Query("one field 20,000 times", """{ actor(id: "japan") { """ + Repeat("name ", 20_000) + "} }", "MAX_REPEATS_EXCEEDED"),
        Query("one field 50,000 times", "{ " + Repeat("a ", 50_000) + "}", "MAX_REPEATS_EXCEEDED"),
        Query("5,000 distinct aliases", """{ actor(id: "japan") { """ + Join(5000, i => $"n{i}: name") + " } }", "MAX_FIELDS_EXCEEDED"),
        Query("one field 20 times in each of 40 fragments", """{ actor(id: "japan") { """ + Join(40, i => $"...D{i}") + " } }\n" +
            Join(40, i => $"fragment D{i} on Actor {{ {Repeat("name ", 20)}memberships {{ alliance {{ name }} }} }}", "\n"), null),
        Query("12,000 directives", "{ __typename " + Repeat("@skip(if: false) ", 12_000) + "}", "MAX_DIRECTIVES_EXCEEDED"),
        Query("2,000 introspection aliases through a fragment", "{ " + Join(2000, i => $"a{i}: __schema {{ ...S }}") + " }\n" +
            "fragment S on __Schema { types { name fields { name args { name } type { name } } } }", "MAX_FRAGMENTS_EXCEEDED"),
        Query("11 introspection aliases", "{ " + Join(11, i => $"a{i}: __schema {{ types {{ name fields {{ name }} }} }}") + " }", "MAX_COST_EXCEEDED"),
        Query("a root field under 51 aliases", "{ " + Join(51, i => $"a{i}: actor(id: \"japan\") {{ name }}") + " }", "MAX_ALIASES_EXCEEDED"),
        Query("a root field under aliases in two fragments", "{ ...A ...B }\n" +
            "fragment A on Query { " + Join(30, i => $"a{i}: draft(id: \"japan-sanctions-resolution\") {{ title }}") + " }\n" +
            "fragment B on Query { " + Join(30, i => $"b{i}: draft(id: \"japan-sanctions-resolution\") {{ title }}") + " }", "MAX_ALIASES_EXCEEDED"),
        Query("fragments that each spread the next twice", """{ actor(id: "japan") { ...F16 } }""" + "\nfragment F0 on Actor { name }\n" +
            Join(16, i => $"fragment F{i + 1} on Actor {{ ...F{i} n{i}: name ...F{i} }}", "\n"), "MAX_COST_EXCEEDED"),
        Query("heavy fields under aliases", "{ " + Join(6, i => $"a{i}: blocTimeline(from: \"2006-07-01\", to: \"2006-07-31\") {{ moves {{ date }} }}") + " }",
            "MAX_COST_EXCEEDED"),
        // Written in the document, the parser stops a tree this deep first; in variables it reaches the filter.
        new("a draft filter NOT inside NOT 40 deep in variables", Encoding.UTF8.GetBytes(
            """{"query":"query($w: DraftWhere) { drafts(where: $w) { totalCount } }","variables":{"w":""" +
            Repeat("""{"NOT":""", 40) + """{"id":"x"}""" + Repeat("}", 40) + "}}"), "BAD_USER_INPUT"),
        Query("a draft filter through alternatives of alternatives 30 deep", "{ drafts(where: " + Repeat("{ alternatives_SOME: ", 30) + "{ id: \"x\" }" +
            Repeat("}", 30) + ") { totalCount } }", "BAD_USER_INPUT"),
        Query("a draft filter of 10,000 ids", "{ drafts(where: { id_IN: [" + Join(10_000, i => $"\"d{i}\"", ",") + "] }) { totalCount } }", "BAD_USER_INPUT"),
        Query("a draft filter of 2,000 ORs of relationship filters", "{ drafts(where: { OR: [" +
            Join(2000, i => $"{{ positions_SOME: {{ actor: \"a{i}\" }} }}", ",") + "] }) { totalCount } }", "BAD_USER_INPUT"),
        Query("a draft filter ANDs within ORs 5 wide and 5 deep", "{ drafts(where: " + Wide(5, 5) + ") { totalCount } }", "BAD_USER_INPUT"),
        Query("a position count over 5,000 actors on each of 100 drafts", "{ drafts(first: 100) { nodes { positionsAggregate(where: { actor_IN: [" +
            Join(5000, i => $"\"a{i}\"", ",") + "] }) { count } } } }", "BAD_USER_INPUT"),
        Query("an actor filter through drafts through positions 14 deep", "{ actors(where: { positions_SOME: " + Repeat("{ onDraft: { positions_SOME: ", 14) +
            "{ stance: BACKS }" + Repeat("}", 28) + " }) { totalCount } }", "BAD_USER_INPUT"),
        Query("an actor filter of positions preceded by positions 40 deep", "{ actors(where: { positions_SOME: " + Repeat("{ precededBy: ", 40) +
            "{ stance: BACKS }" + Repeat("}", 40) + " }) { totalCount } }", "BAD_USER_INPUT"),
        Query("an actor filter of 2,000 ORs of relationship filters", "{ actors(where: { OR: [" +
            Join(2000, i => $"{{ positions_SOME: {{ draft: \"d{i}\" }} }}", ",") + "] }) { totalCount } }", "BAD_USER_INPUT"),
        Query("an actor filter of 5,000 alliances' members", "{ actors(where: { OR: [" + Join(5000, i => $"{{ memberOf: \"a{i}\" }}", ",") + "] }) { totalCount } }",
            "BAD_USER_INPUT"),
        Query("position counts over 5,000 drafts on each of 100 actors", "{ actors(first: 100) { nodes { positionsAggregate(where: { draft_IN: [" +
            Join(5000, i => $"\"d{i}\"", ",") + "] }) { count byYear { year } } } } }", "BAD_USER_INPUT"),
        new("a statement filter NOT inside NOT 40 deep in variables", Encoding.UTF8.GetBytes(
            """{"query":"query($w: StatementWhere) { statements(where: $w) { totalCount } }","variables":{"w":""" +
            Repeat("""{"NOT":""", 40) + """{"id":"x"}""" + Repeat("}", 40) + "}}"), "BAD_USER_INPUT"),
        Query("a statement filter of 10,000 speakers", "{ statements(where: { speaker_IN: [" + Join(10_000, i => $"\"a{i}\"", ",") + "] }) { totalCount } }",
            "BAD_USER_INPUT"),
        Query("a statement filter of 2,000 ORs with a search", "{ statements(search: \"the\", where: { OR: [" +
            Join(2000, i => $"{{ speakerRepresents: \"a{i}\" }}", ",") + "] }) { totalCount } }", "BAD_USER_INPUT"),
        Query("900 unknown fields", "{ " + Join(900, i => $"x{i}") + " }", "TOO_MANY_ERRORS"),
        Query("500 declared variables", "query(" + Join(500, i => $"$v{i}: Int", ", ") + ") { __typename }", "MAX_VARIABLES_EXCEEDED"),
        Query("nesting 300 deep", Repeat("{ actor(id: \"japan\") ", 1) + Repeat("{ memberships ", 300) + Repeat("}", 301), "GRAPHQL_PARSE_FAILED"),
        new("aliases of a mutation", Body("mutation { " + Join(51, i => $$"""a{{i}}: createActor(input: { id: "alias-{{i}}", kind: STATE, name: "Alias" }) { id }""") + " }"),
            "MAX_ALIASES_EXCEEDED", WithKey: true),
        new("15,000 variables nobody declared", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            query = "{ __typename }",
            variables = Enumerable.Range(0, 15_000).ToDictionary(i => $"v{i}", i => i),
        })), null),
        new("a list 5,000 deep in variables", Encoding.UTF8.GetBytes("""{"query":"query($v: [String]) { __typename }","variables":{"v":""" +
            Repeat("[", 5000) + Repeat("]", 5000) + "}}"), "BAD_REQUEST"),
        new("a lone surrogate in variables", Encoding.UTF8.GetBytes("""{"query":"query($s: String) { actors(search: $s) { totalCount } }","variables":{"s":"\ud800"}}"""),
            "BAD_REQUEST"),
        new("invalid UTF-8 in the body", [.. Encoding.UTF8.GetBytes("{\"query\":\"{ actors(search: \\\""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\\\") { totalCount } }\"}")],
            "BAD_REQUEST"),
    ];

    private static HostileShape Query(string name, string query, string? code) => new(name, Body(query), code);

    private static byte[] Body(string query) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));

    private static string Chain(int length) => """{ actor(id: "japan") { ...F0 } }""" + "\n" +
        Join(length, i => $"fragment F{i} on Actor {{ name ...F{i + 1} }}", "\n") + $"\nfragment F{length} on Actor {{ name }}";

    private static string Cycle(int length) => """{ actor(id: "japan") { ...F0 } }""" + "\n" +
        Join(length, i => $"fragment F{i} on Actor {{ name ...F{(i + 1) % length} }}", "\n");

    /// <summary>A filter tree of ANDs and ORs in turn, each <paramref name="width"/> wide, with relationship filters at its leaves.</summary>
    private static string Wide(int width, int depth) => depth == 0
        ? "{ positions_SOME: { stance: BACKS } }"
        : $"{{ {(depth % 2 == 0 ? "AND" : "OR")}: [{Join(width, _ => Wide(width, depth - 1), ",")}] }}";

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string Join(int count, Func<int, string> item, string separator = " ") => string.Join(separator, Enumerable.Range(0, count).Select(item));
}
