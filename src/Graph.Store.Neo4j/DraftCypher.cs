using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Store.Neo4j;

/// <summary>
/// One draft query as one Cypher statement, composed of cypher/filters' parts (<see cref="CypherParts"/>) as neo4j/graphql
/// composes its filter tree: each filter renders its own predicate over its own variable, with its own parameters, and nests
/// its inner filter's. A part is found by the name of the Core property it renders (the tables below); every user value is a
/// fresh parameter ($w0, $w1, ...), every label, relationship type and property comes from the parts' text. What each part
/// means is <see cref="DraftFilters"/>; the store contract pins the two together. One instance builds one statement.
/// </summary>
internal sealed partial class DraftCypher(CypherParts parts)
{
    private const string DraftWhereFile = "draft-where", PositionWhereFile = "position-where", StatusWhereFile = "status-where",
        CountFile = "position-count", FactsFile = "draft-facts", OrderFile = "draft-order";

    private static readonly (string Name, Func<DraftWhere, object?> Value)[] DraftValues =
    [
        (nameof(DraftWhere.Id), w => w.Id), (nameof(DraftWhere.IdIn), w => w.IdIn),
        (nameof(DraftWhere.Kind), w => Name(w.Kind)), (nameof(DraftWhere.KindIn), w => Names(w.KindIn)),
        (nameof(DraftWhere.ForumId), w => w.ForumId), (nameof(DraftWhere.ForumIdIn), w => w.ForumIdIn),
        (nameof(DraftWhere.SubjectId), w => w.SubjectId), (nameof(DraftWhere.SubjectIdIn), w => w.SubjectIdIn),
        (nameof(DraftWhere.Title), w => w.Title), (nameof(DraftWhere.TitleContains), w => w.TitleContains),
        (nameof(DraftWhere.TabledGte), w => w.TabledGte), (nameof(DraftWhere.TabledLte), w => w.TabledLte),
    ];

    private static readonly (string Name, Func<DraftWhere, PositionWhere?> Inner)[] ThroughPositions =
    [
        (nameof(DraftWhere.PositionsSome), w => w.PositionsSome), (nameof(DraftWhere.PositionsAll), w => w.PositionsAll),
        (nameof(DraftWhere.PositionsNone), w => w.PositionsNone),
    ];

    private static readonly (string Name, Func<DraftWhere, StatusWhere?> Inner)[] ThroughHistory =
        [(nameof(DraftWhere.HistorySome), w => w.HistorySome), (nameof(DraftWhere.HistoryNone), w => w.HistoryNone)];

    private static readonly (string Name, Func<PositionWhere, object?> Value)[] PositionValues =
    [
        (nameof(PositionWhere.ActorId), w => w.ActorId), (nameof(PositionWhere.ActorIdIn), w => w.ActorIdIn),
        (nameof(PositionWhere.Stance), w => Name(w.Stance)), (nameof(PositionWhere.StanceIn), w => Names(w.StanceIn)),
        (nameof(PositionWhere.SinceGte), w => w.SinceGte), (nameof(PositionWhere.SinceLte), w => w.SinceLte),
        (nameof(PositionWhere.UntilGte), w => w.UntilGte), (nameof(PositionWhere.UntilLte), w => w.UntilLte),
        (nameof(PositionWhere.AsOf), w => w.AsOf), (nameof(PositionWhere.ActorMemberOf), w => w.ActorMemberOf),
    ];

    private static readonly (string Name, Func<StatusWhere, object?> Value)[] StatusValues =
    [
        (nameof(StatusWhere.Status), w => Name(w.Status)), (nameof(StatusWhere.StatusIn), w => Names(w.StatusIn)),
        (nameof(StatusWhere.AsOf), w => w.AsOf),
    ];

    private static readonly (string Name, Func<PositionCountWhere, object?> Value)[] CountValues =
    [
        (nameof(PositionCountWhere.Count), w => w.Count), (nameof(PositionCountWhere.CountGt), w => w.CountGt),
        (nameof(PositionCountWhere.CountGte), w => w.CountGte), (nameof(PositionCountWhere.CountLt), w => w.CountLt),
        (nameof(PositionCountWhere.CountLte), w => w.CountLte),
    ];

    private const string Positions = "Positions", Tabled = "Tabled", PositionCount = "PositionCount";

    /// <summary>Every part this translator names, by file: all must be there at start.</summary>
    public static IEnumerable<(string File, string Name)> Required() =>
        DraftValues.Select(v => v.Name).Concat(ThroughPositions.Select(t => t.Name)).Concat(ThroughHistory.Select(t => t.Name))
            .Concat([nameof(DraftWhere.Not), nameof(DraftWhere.AlternativesSome)]).Select(n => (DraftWhereFile, n))
            .Concat(PositionValues.Select(v => (PositionWhereFile, v.Name))).Concat(StatusValues.Select(v => (StatusWhereFile, v.Name)))
            .Concat(CountValues.Select(v => (CountFile, v.Name))).Concat(new[] { Positions, Tabled, PositionCount }.Select(n => (FactsFile, n)))
            .Concat(Enum.GetNames<DraftOrderField>().Select(n => (OrderFile, n)));

    /// <summary>Fails when a part this translator names is missing (called once, at start).</summary>
    public static void Check(CypherParts parts)
    {
        var missing = Required().Where(r => !parts.Has(r.File, r.Name)).Select(r => $"{r.File}.cypher [{r.Name}]").ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"Cypher filter parts missing: {string.Join(", ", missing)}.");
    }

    private readonly Dictionary<string, object?> args = [];
    private int variables;

    /// <summary>A page of the drafts the query keeps, in its order, and how many it keeps: rows (total, page).</summary>
    public CypherQuery Query(DraftQuery query, PageRequest page)
    {
        var statement = Fill(parts.Statement("query-drafts"), "d", inner: Draft(query.Where, "d"), order: Order(query));
        args["offset"] = page.Offset;
        args["first"] = page.First;
        return new(statement, args);
    }

    /// <summary>How many positions of each of the drafts match: rows (draftId, count).</summary>
    public CypherQuery Counts(IReadOnlyCollection<string> draftIds, PositionWhere? where)
    {
        var statement = Fill(parts.Statement("count-positions"), "d", inner: Count(where, "d"));
        args["ids"] = draftIds;
        return new(statement, args);
    }

    /// <summary>A draft filter over the draft variable <paramref name="d"/>.</summary>
    private string Draft(DraftWhere? where, string d)
    {
        if (where is null) return "true";
        var draft = new Dictionary<string, string> { ["d"] = d };
        var found = DraftValues.Where(v => v.Value(where) is not null).Select(v => Part(DraftWhereFile, v.Name, draft, v.Value(where))).ToList();
        if (where.And is { } and) found.Add(All(and.Select(w => Draft(w, d))));
        if (where.Or is { } or) found.Add(AnyOf(or.Select(w => Draft(w, d))));
        if (where.Not is { } not) found.Add(Part(DraftWhereFile, nameof(DraftWhere.Not), draft, inner: Draft(not, d)));
        foreach (var (name, inner) in ThroughPositions)
            if (inner(where) is { } positions)
            {
                var p = Fresh("p");
                found.Add(Part(DraftWhereFile, name, new() { ["d"] = d, ["p"] = p }, inner: Position(positions, p)));
            }
        if (where.PositionsAggregate is { } count)
        {
            var counted = Count(count.Where, d);
            found.Add(All(CountValues.Where(v => v.Value(count) is not null).Select(v => Part(CountFile, v.Name, draft, v.Value(count), counted))));
        }
        if (where.AlternativesSome is { } alternative)
        {
            var a = Fresh("d");
            found.Add(Part(DraftWhereFile, nameof(DraftWhere.AlternativesSome), new() { ["d"] = d, ["alternative"] = a }, inner: Draft(alternative, a)));
        }
        foreach (var (name, inner) in ThroughHistory)
            if (inner(where) is { } history)
            {
                var h = Fresh("h");
                found.Add(Part(DraftWhereFile, name, new() { ["d"] = d, ["h"] = h }, inner: Status(history, h)));
            }
        return All(found);
    }

    /// <summary>A position filter over the position variable <paramref name="p"/>.</summary>
    private string Position(PositionWhere? where, string p) => where is null ? "true"
        : All(PositionValues.Where(v => v.Value(where) is not null).Select(v => Part(PositionWhereFile, v.Name, new() { ["p"] = p }, v.Value(where))));

    private string Status(StatusWhere where, string h) =>
        All(StatusValues.Where(v => v.Value(where) is not null).Select(v => Part(StatusWhereFile, v.Name, new() { ["h"] = h }, v.Value(where))));

    /// <summary>How many positions of the draft <paramref name="d"/> match the filter.</summary>
    private string Count(PositionWhere? where, string d)
    {
        var p = Fresh("p");
        return Part(FactsFile, PositionCount, new() { ["d"] = d, ["p"] = p }, inner: Position(where, p));
    }

    /// <summary>The query's keys, the id last; a key's direction on each of its expressions.</summary>
    private string Order(DraftQuery query) => string.Join(", ", query.Keys().SelectMany(k =>
        parts.Part(OrderFile, k.Field.ToString()).Split(", ").Select(e => k.Descending ? e + " DESC" : e)));

    private string Part(string file, string name, Dictionary<string, string> variables, object? value = null, string? inner = null) =>
        Fill(Variable().Replace(parts.Part(file, name), m => variables.GetValueOrDefault(m.Value, m.Value)), variables.GetValueOrDefault("d"), inner, value);

    /// <summary>A part's slots: $value a fresh parameter (one per part); $where (or $count) its inner filter; $positions, $tabled the draft's facts.</summary>
    private string Fill(string text, string? d, string? inner = null, object? value = null, string? order = null)
    {
        string? parameter = null;
        return Slot().Replace(text, m => m.Groups[1].Value switch
        {
            "value" => parameter ??= Parameter(value),
            "where" or "count" => inner ?? throw new InvalidOperationException($"Nothing for {m.Value} in: {text}"),
            "positions" => Fact(Positions, d),
            "tabled" => Fact(Tabled, d),
            "order" => order ?? throw new InvalidOperationException($"No order for: {text}"),
            _ => m.Value,
        });
    }

    private string Fact(string name, string? d) =>
        Part(FactsFile, name, new() { ["d"] = d ?? throw new InvalidOperationException($"No draft for the fact {name}.") });

    private string Parameter(object? value)
    {
        var name = $"w{args.Count}";
        args[name] = value;
        return "$" + name;
    }

    /// <summary>
    /// A new name for a variable a nested filter is rendered over (a part's d, p, h or alternative). The other variables a
    /// part binds (a, r, b, v, m, forum, subject) live in a subquery no other part is nested in, so they never meet: a
    /// MATCH that named a variable already in scope would silently join on it.
    /// </summary>
    private string Fresh(string prefix) => prefix + ++variables;

    private static string All(IEnumerable<string> predicates) => Join(predicates.ToList(), " AND ", "true");

    private static string AnyOf(IEnumerable<string> predicates) => Join(predicates.ToList(), " OR ", "false");

    private static string Join(List<string> predicates, string op, string none) => predicates.Count switch
    {
        0 => none,
        1 => predicates[0],
        _ => string.Join(op, predicates.Select(p => $"({p})")),
    };

    private static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? EnumNames.ToName(v) : null;

    private static List<string>? Names<T>(IReadOnlyList<T>? values) where T : struct, Enum => values?.Select(v => EnumNames.ToName(v)).ToList();

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Slot();

    /// <summary>A variable's name in a part: not a property (after a dot), a parameter, or a label or type (capitalised).</summary>
    [GeneratedRegex(@"(?<![\w.$])[a-z]\w*")]
    private static partial Regex Variable();
}
