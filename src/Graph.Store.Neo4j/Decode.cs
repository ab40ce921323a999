using Graph.Core;

namespace Graph.Store.Neo4j;

/// <summary>Turns the maps the statements return (see cypher/queries) into the core's records.</summary>
internal static class Decode
{
    public static Dictionary<string, object?> Map(object? value) =>
        value as Dictionary<string, object?> ?? throw new InvalidDataException($"Expected a map from Neo4j, got {value?.GetType().Name ?? "null"}.");

    public static List<object?> List(object? value) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => throw new InvalidDataException($"Expected a list from Neo4j, got {value.GetType().Name}."),
    };

    public static string? Str(Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    public static DateOnly? Date(Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key) switch
    {
        null => null,
        DateOnly date => date,
        var other => throw new InvalidDataException($"Expected a date in '{key}', got {other.GetType().Name}."),
    };

    private static List<string> Strings(Dictionary<string, object?> map, string key) => List(map.GetValueOrDefault(key)).Select(x => (string)x!).ToList();

    /// <summary>Evidence is kept as three parallel lists on the fact (Neo4j properties cannot hold maps); "" stands for none.</summary>
    public static List<Evidence> Evidence(Dictionary<string, object?> fact)
    {
        var sources = Strings(fact, "evidenceSources");
        var statements = Strings(fact, "evidenceStatements");
        var excerpts = Strings(fact, "evidenceExcerpts");
        return sources.Select((source, i) => new Evidence(source, NoneIfEmpty(statements[i]), NoneIfEmpty(excerpts[i]))).ToList();
    }

    private static string? NoneIfEmpty(string text) => text.Length == 0 ? null : text;

    public static Actor Actor(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, EnumNames.Parse<ActorKind>(Str(m, "kind")!), Str(m, "name")!, Strings(m, "aliases"), Str(m, "description"));

    public static Draft Draft(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, EnumNames.Parse<DraftKind>(Str(m, "kind")!), Str(m, "title")!, Str(m, "forumId"), Str(m, "description"))
        { SubjectId = Str(m, "subjectId") };

    public static Vote Vote(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, Str(m, "draftId")!, Date(m, "date"), EnumNames.Parse<VoteResult>(Str(m, "result")!), Int(m, "yes"), Int(m, "no"),
            Int(m, "abstain"), Evidence(m));

    public static Ballot Ballot(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, Str(m, "voteId")!, Str(m, "actorId")!, EnumNames.Parse<BallotChoice>(Str(m, "choice")!), m.GetValueOrDefault("veto") is true,
            Evidence(m));

    private static int? Int(Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key) switch
    {
        null => null,
        long n => checked((int)n),
        var other => throw new InvalidDataException($"Expected an integer in '{key}', got {other.GetType().Name}."),
    };

    public static Alliance Alliance(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, EnumNames.Parse<AllianceKind>(Str(m, "kind")!), Str(m, "name")!, Str(m, "description")) { BodyId = Str(m, "bodyId") };

    public static Source Source(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, EnumNames.Parse<SourceKind>(Str(m, "kind")!), Str(m, "title")!, Str(m, "outletId"), Date(m, "date"),
            Str(m, "url"), Str(m, "document"));

    public static Extraction Extraction(Dictionary<string, object?> m) =>
        new(Str(m, "subjectId")!, Str(m, "sourceId")!, (int)(long)m["start"]!, (int)(long)m["length"]!, Str(m, "text")!,
            Convert.ToDouble(m["confidence"], System.Globalization.CultureInfo.InvariantCulture), Str(m, "rule")!, (bool)m["created"]!);

    public static Retraction Retraction(Dictionary<string, object?> m) =>
        new(Str(m, "subjectId")!, Str(m, "reason")!, Str(m, "by")!, DateParsing.ParseInstant(Str(m, "at")!));

    public static Statement Statement(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, Str(m, "speakerId")!, Date(m, "date"), Date(m, "reportedOn"), EnumNames.Parse<StatementKind>(Str(m, "kind")!),
            Str(m, "text")!, Str(m, "sourceId")!, Str(m, "viaId"), Str(m, "setting"), Strings(m, "about"));

    /// <summary>A position as draft-facts.cypher's Positions makes it (ballots as positions included).</summary>
    public static Position Position(Dictionary<string, object?> m) =>
        new(Str(m, "id")!, Str(m, "actorId")!, Str(m, "draftId")!, EnumNames.Parse<Stance>(Str(m, "stance")!), Date(m, "since"), Date(m, "until"),
            Evidence(m));

    /// <summary>
    /// An actor's counts from aggregate-positions.cypher's rows, one per year in order (null, the undated, first): the
    /// years' counts added up, their drafts counted once.
    /// </summary>
    public static PositionAggregate Aggregate(IReadOnlyList<(int? Year, int Count, List<string> Drafts)> years) =>
        new(years.Sum(y => y.Count), years.SelectMany(y => y.Drafts).Distinct().Count(),
            years.Select(y => new YearCount(y.Year, y.Count, y.Drafts.Count)).ToList());
}
