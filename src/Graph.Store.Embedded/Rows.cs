using System.Text;
using System.Text.Json;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>How rows become nodes and facts: each column list beside the reader that reads it, and the value conversions.</summary>
internal static class Rows
{
    public const string ActorColumns = "a.id, a.kind, a.name, a.aliases, a.description";

    public static Actor ReadActor(Row r) => new(r.GetString(0), EnumNames.Parse<ActorKind>(r.GetString(1)), r.GetString(2),
        ReadStrings(r.GetString(3)), StringOf(r, 4));

    /// <summary>
    /// A JSON array of strings, read forward-only (as <see cref="ReadEvidence"/> is: the serializer cost several times more,
    /// and who-backs reads the aliases of every backer); the empty one, most actors' and statements', is not parsed.
    /// </summary>
    private static List<string> ReadStrings(string json)
    {
        if (json == "[]") return [];
        var strings = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read(); // the [
        while (reader.Read() && reader.TokenType == JsonTokenType.String) strings.Add(reader.GetString()!);
        return strings;
    }

    public const string DraftColumns = "d.id, d.kind, d.title, d.forum_id, d.description, d.subject_id";

    public static Draft ReadDraft(Row r) =>
        new(r.GetString(0), EnumNames.Parse<DraftKind>(r.GetString(1)), r.GetString(2), StringOf(r, 3), StringOf(r, 4)) { SubjectId = StringOf(r, 5) };

    public const string AllianceColumns = "l.id, l.kind, l.name, l.description, l.body_id";

    public static Alliance ReadAlliance(Row r) =>
        new(r.GetString(0), EnumNames.Parse<AllianceKind>(r.GetString(1)), r.GetString(2), StringOf(r, 3)) { BodyId = StringOf(r, 4) };

    public const string SourceColumns = "o.id, o.kind, o.title, o.outlet_id, o.date, o.url, o.document";

    public static Source ReadSource(Row r) => new(r.GetString(0), EnumNames.Parse<SourceKind>(r.GetString(1)), r.GetString(2),
        StringOf(r, 3), DateOf(r, 4), StringOf(r, 5), StringOf(r, 6));

    /// <summary>Statements come with their source's date (ReportedOn), which dates them when they carry no date of their own.</summary>
    public const string StatementFrom = "statement s JOIN source src ON src.id = s.source_id";

    /// <summary>COALESCE(s.date, src.date), stored (schema version 3) so that it can be indexed.</summary>
    public const string EffectiveDate = "s.effective_date";

    /// <summary>A statement's columns, then its about-list as a JSON array in the order given (what <see cref="ReadStatement"/> reads).</summary>
    public const string StatementColumns =
        "s.id, s.speaker_id, s.date, src.date AS reported_on, s.kind, s.text, s.source_id, s.via_id, s.setting, " +
        "(SELECT json_group_array(x.target_id ORDER BY x.ord) FROM statement_about x WHERE x.statement_id = s.id)";

    public static Statement ReadStatement(Row r) => new(r.GetString(0), r.GetString(1), DateOf(r, 2), DateOf(r, 3),
        EnumNames.Parse<StatementKind>(r.GetString(4)), r.GetString(5), r.GetString(6), StringOf(r, 7), StringOf(r, 8),
        ReadStrings(r.GetString(9)));

    /// <summary>The evidence of the fact row aliased <paramref name="alias"/>, as a JSON array in the order given (<see cref="ReadEvidence"/>).</summary>
    public static string EvidenceOf(string alias) =>
        $"(SELECT json_group_array(json_array(e.source_id, e.statement_id, e.excerpt) ORDER BY e.ord) FROM evidence e WHERE e.fact_id = {alias}.id)";

    /// <summary>
    /// [[source, statement or null, excerpt or null], ...] read forward-only: a JsonDocument per fact cost more than
    /// the fact's query when a request reads hundreds of positions.
    /// </summary>
    public static List<Evidence> ReadEvidence(string json)
    {
        var evidence = new List<Evidence>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read(); // the outer [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var source = reader.GetString()!;
            reader.Read();
            var statement = reader.GetString();
            reader.Read();
            var excerpt = reader.GetString();
            reader.Read(); // ]
            evidence.Add(new Evidence(source, statement, excerpt));
        }
        return evidence;
    }

    public static GraphEdge ReadEdge(Row r) => new(r.GetString(0), r.GetString(1), r.GetString(2));

    public static string? StringOf(Row r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? IntOf(Row r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static DateOnly? DateOf(Row r, int i)
    {
        if (r.IsDBNull(i)) return null;
        var text = r.GetString(i);
        try { return DateParsing.Parse(text); }
        catch (GraphException) { return DateParsing.Parse(text, r.GetName(i)); } // fails again, naming the column (looked up only then)
    }

    public static object? DateText(DateOnly? date) => date is { } d ? DateParsing.Format(d) : null;

    /// <summary>An id batch as one JSON array, read in SQL with json_each.</summary>
    public static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    /// <summary>Conditions joined with AND; none is always true.</summary>
    public static string All(IReadOnlyCollection<string> conditions) => conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
}
