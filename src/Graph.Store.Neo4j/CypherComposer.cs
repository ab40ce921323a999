using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Store.Neo4j;

/// <summary>
/// One Cypher statement being composed of cypher/filters' parts (<see cref="CypherParts"/>), shared by the translators
/// (<see cref="DraftCypher"/>, <see cref="ActorCypher"/>, <see cref="StatementCypher"/>) so that a filter nested in another
/// kind's filter gets fresh variables and parameters from the same statement. Every user value is a fresh parameter ($w0,
/// $w1, ...); every label, relationship type and property comes from the parts' text. One instance builds one statement.
/// </summary>
internal sealed partial class CypherComposer(CypherParts parts)
{
    public const string FactsFile = "draft-facts", Positions = "Positions", Tabled = "Tabled", PositionCount = "PositionCount";

    private readonly Dictionary<string, object?> args = [];
    private int variables;

    /// <summary>The statement with its parameters: the parts' values and the statement's own (ids, a page).</summary>
    public CypherQuery Query(string statement, params (string Name, object? Value)[] own)
    {
        foreach (var (name, value) in own) args[name] = value;
        return new(statement, args);
    }

    /// <summary>A file's whole statement with its slots filled.</summary>
    public string Statement(string file, string? d = null, string? inner = null, string? order = null, string? positions = null) =>
        Fill(parts.Statement(file), d, inner, order: order, positions: positions);

    /// <summary>A named part with its variables renamed and its slots filled.</summary>
    public string Part(string file, string name, Dictionary<string, string> variables, object? value = null, string? inner = null,
        string? positions = null) =>
        Fill(Variable().Replace(parts.Part(file, name), m => variables.GetValueOrDefault(m.Value, m.Value)), variables.GetValueOrDefault("d"), inner,
            value, positions: positions);

    /// <summary>The parts for a filter's plain values, each given one (null is no condition).</summary>
    public List<string> Values<T>(string file, (string Name, Func<T, object?> Value)[] values, T where, Dictionary<string, string> variables) =>
        values.Where(v => v.Value(where) is not null).Select(v => Part(file, v.Name, variables, v.Value(where))).ToList();

    /// <summary>AND, OR and NOT of a filter: the inner filters over the same variables, NOT through the file's [Not] part.</summary>
    public void Logic<T>(List<string> found, string file, IReadOnlyList<T>? and, IReadOnlyList<T>? or, T? not, Func<T, string> render) where T : class
    {
        if (and is not null) found.Add(All(and.Select(render)));
        if (or is not null) found.Add(AnyOf(or.Select(render)));
        if (not is not null) found.Add(Part(file, "Not", [], inner: render(not)));
    }

    /// <summary>The positions of the draft <paramref name="d"/> (draft-facts.cypher's Positions).</summary>
    public string Fact(string name, string? d) =>
        Part(FactsFile, name, new() { ["d"] = d ?? throw new InvalidOperationException($"No draft for the fact {name}.") });

    /// <summary>An order's keys (each a part of <paramref name="file"/> named by its field); a key's direction on each of its expressions.</summary>
    public string Order(string file, IEnumerable<(string Field, bool Descending)> keys) => string.Join(", ", keys.SelectMany(k =>
        parts.Part(file, k.Field).Split(", ").Select(e => k.Descending ? e + " DESC" : e)));

    /// <summary>
    /// A part's slots: $value a fresh parameter (one per part); $where (or $count) its inner filter; $positions the positions
    /// filtered (the draft's, unless others are given), $tabled the draft's day tabled; $order the keys.
    /// </summary>
    private string Fill(string text, string? d, string? inner = null, object? value = null, string? order = null, string? positions = null)
    {
        string? parameter = null;
        return Slot().Replace(text, m => m.Groups[1].Value switch
        {
            "value" => parameter ??= Parameter(value),
            "where" or "count" => inner ?? throw new InvalidOperationException($"Nothing for {m.Value} in: {text}"),
            "positions" => positions ?? Fact(Positions, d),
            "tabled" => Fact(Tabled, d),
            "order" => order ?? throw new InvalidOperationException($"No order for: {text}"),
            _ => m.Value,
        });
    }

    private string Parameter(object? value)
    {
        var name = $"w{args.Count}";
        args[name] = value;
        return "$" + name;
    }

    /// <summary>
    /// A new name for a variable a nested filter is rendered over (a part's d, p, q, h or alternative). The other variables a
    /// part binds (a, r, b, v, m, forum, subject, about) live in a subquery no other part is nested in, so they never meet: a
    /// MATCH that named a variable already in scope would silently join on it.
    /// </summary>
    public string Fresh(string prefix) => prefix + ++variables;

    public static string All(IEnumerable<string> predicates) => Join(predicates.ToList(), " AND ", "true");

    public static string AnyOf(IEnumerable<string> predicates) => Join(predicates.ToList(), " OR ", "false");

    private static string Join(List<string> predicates, string op, string none) => predicates.Count switch
    {
        0 => none,
        1 => predicates[0],
        _ => string.Join(op, predicates.Select(p => $"({p})")),
    };

    public static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? EnumNames.ToName(v) : null;

    public static List<string>? Names<T>(IReadOnlyList<T>? values) where T : struct, Enum => values?.Select(v => EnumNames.ToName(v)).ToList();

    /// <summary>Fails when a part a translator names is missing (called once, at start).</summary>
    public static void Check(CypherParts parts, IEnumerable<(string File, string Name)> required)
    {
        var missing = required.Where(r => !parts.Has(r.File, r.Name)).Select(r => $"{r.File}.cypher [{r.Name}]").ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"Cypher filter parts missing: {string.Join(", ", missing)}.");
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Slot();

    /// <summary>A variable's name in a part: not a property (after a dot), a parameter, or a label or type (capitalised).</summary>
    [GeneratedRegex(@"(?<![\w.$])[a-z]\w*")]
    private static partial Regex Variable();
}
