using Graph.Core;
using static Graph.Store.Neo4j.CypherComposer;

namespace Graph.Store.Neo4j;

/// <summary>
/// Draft and position filters as Cypher, composed of cypher/filters' parts as neo4j/graphql composes its filter tree: each
/// filter renders its own predicate over its own variable, with its own parameters, and nests its inner filter's (through
/// <see cref="CypherComposer"/>). A part is found by the name of the Core property it renders (the tables below). What each
/// part means is <see cref="DraftFilters"/> and <see cref="PositionFilters"/>; the store contract pins them together.
/// </summary>
internal sealed class DraftCypher(CypherComposer c)
{
    private const string DraftWhereFile = "draft-where", PositionWhereFile = "position-where", StatusWhereFile = "status-where",
        CountFile = "position-count", OrderFile = "draft-order";

    private static readonly (string Name, Func<DraftWhere, object?> Value)[] DraftValues =
    [
        (nameof(DraftWhere.Id), w => w.Id), (nameof(DraftWhere.IdIn), w => w.IdIn),
        (nameof(DraftWhere.Kind), w => Name(w.Kind)), (nameof(DraftWhere.KindIn), w => Names(w.KindIn)),
        (nameof(DraftWhere.ForumId), w => w.ForumId), (nameof(DraftWhere.ForumIdIn), w => w.ForumIdIn),
        (nameof(DraftWhere.SubjectId), w => w.SubjectId), (nameof(DraftWhere.SubjectIdIn), w => w.SubjectIdIn),
        (nameof(DraftWhere.Title), w => w.Title), (nameof(DraftWhere.TitleContains), w => w.TitleContains),
        (nameof(DraftWhere.TabledGte), w => w.TabledGte), (nameof(DraftWhere.TabledLte), w => w.TabledLte),
    ];

    /// <summary>The relationship filters through positions, named alike on drafts and actors.</summary>
    public static readonly string[] ThroughPositions = [nameof(DraftWhere.PositionsSome), nameof(DraftWhere.PositionsAll), nameof(DraftWhere.PositionsNone)];

    private static readonly (string Name, Func<DraftWhere, StatusWhere?> Inner)[] ThroughHistory =
        [(nameof(DraftWhere.HistorySome), w => w.HistorySome), (nameof(DraftWhere.HistoryNone), w => w.HistoryNone)];

    private static readonly (string Name, Func<PositionWhere, object?> Value)[] PositionValues =
    [
        (nameof(PositionWhere.ActorId), w => w.ActorId), (nameof(PositionWhere.ActorIdIn), w => w.ActorIdIn),
        (nameof(PositionWhere.Stance), w => Name(w.Stance)), (nameof(PositionWhere.StanceIn), w => Names(w.StanceIn)),
        (nameof(PositionWhere.SinceGte), w => w.SinceGte), (nameof(PositionWhere.SinceLte), w => w.SinceLte),
        (nameof(PositionWhere.UntilGte), w => w.UntilGte), (nameof(PositionWhere.UntilLte), w => w.UntilLte),
        (nameof(PositionWhere.AsOf), w => w.AsOf), (nameof(PositionWhere.ActorMemberOf), w => w.ActorMemberOf),
        (nameof(PositionWhere.DraftId), w => w.DraftId), (nameof(PositionWhere.DraftIdIn), w => w.DraftIdIn),
    ];

    /// <summary>The same actor's earlier and later positions on the same draft (<see cref="PositionFilters.Precedes"/>).</summary>
    private static readonly (string Name, Func<PositionWhere, PositionWhere?> Inner)[] Sequence =
        [(nameof(PositionWhere.PrecededBy), w => w.PrecededBy), (nameof(PositionWhere.FollowedBy), w => w.FollowedBy)];

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

    /// <summary>Every part this translator names, by file: all must be there at start.</summary>
    public static IEnumerable<(string File, string Name)> Required() =>
        DraftValues.Select(v => v.Name).Concat(ThroughPositions).Concat(ThroughHistory.Select(t => t.Name))
            .Concat([nameof(DraftWhere.Not), nameof(DraftWhere.AlternativesSome)]).Select(n => (DraftWhereFile, n))
            .Concat(PositionValues.Select(v => v.Name).Concat(Sequence.Select(s => s.Name)).Append(nameof(PositionWhere.OnDraft)).Select(n => (PositionWhereFile, n)))
            .Concat(StatusValues.Select(v => (StatusWhereFile, v.Name))).Concat(CountValues.Select(v => (CountFile, v.Name)))
            .Concat(new[] { Positions, Tabled, PositionCount }.Select(n => (FactsFile, n)))
            .Concat(Enum.GetNames<DraftOrderField>().Select(n => (OrderFile, n)));

    /// <summary>A page of the drafts the query keeps, in its order, and how many it keeps: rows (total, page).</summary>
    public CypherQuery Query(DraftQuery query, PageRequest page)
    {
        var order = c.Order(OrderFile, query.Keys().Select(k => (k.Field.ToString(), k.Descending)));
        return c.Query(c.Statement("query-drafts", "d", inner: Draft(query.Where, "d"), order: order), ("offset", page.Offset), ("first", page.First));
    }

    /// <summary>How many positions of each of the drafts match: rows (draftId, count).</summary>
    public CypherQuery Counts(IReadOnlyCollection<string> draftIds, PositionWhere? where) =>
        c.Query(c.Statement("count-positions", "d", inner: Count(where, "d")), ("ids", draftIds));

    /// <summary>A draft filter over the draft variable <paramref name="d"/>.</summary>
    public string Draft(DraftWhere? where, string d)
    {
        if (where is null) return "true";
        var draft = new Dictionary<string, string> { ["d"] = d };
        var found = c.Values(DraftWhereFile, DraftValues, where, draft);
        c.Logic(found, DraftWhereFile, where.And, where.Or, where.Not, w => Draft(w, d));
        found.AddRange(Through(DraftWhereFile, [where.PositionsSome, where.PositionsAll, where.PositionsNone], where.PositionsAggregate, d));
        if (where.AlternativesSome is { } alternative)
        {
            var a = c.Fresh("d");
            found.Add(c.Part(DraftWhereFile, nameof(DraftWhere.AlternativesSome), new() { ["d"] = d, ["alternative"] = a }, inner: Draft(alternative, a)));
        }
        foreach (var (name, inner) in ThroughHistory)
            if (inner(where) is { } history)
            {
                var h = c.Fresh("h");
                found.Add(c.Part(DraftWhereFile, name, new() { ["d"] = d, ["h"] = h }, inner: Status(history, h)));
            }
        return All(found);
    }

    /// <summary>
    /// The relationship filters through positions (some, all, none, in <see cref="ThroughPositions"/>' order) and their count,
    /// over the positions of the draft <paramref name="d"/> or those <paramref name="positions"/> lists (an actor's, rendered afresh
    /// for each filter).
    /// </summary>
    public IEnumerable<string> Through(string file, PositionWhere?[] filters, PositionCountWhere? count, string? d, Func<string>? positions = null)
    {
        foreach (var (name, inner) in ThroughPositions.Zip(filters))
            if (inner is not null)
            {
                var p = c.Fresh("p");
                yield return c.Part(file, name, Over(d, p), inner: Position(inner, p), positions: positions?.Invoke());
            }
        if (count is not null)
        {
            var counted = Count(count.Where, d, positions?.Invoke());
            yield return All(CountValues.Where(v => v.Value(count) is not null).Select(v => c.Part(CountFile, v.Name, [], v.Value(count), counted)));
        }
    }

    /// <summary>A position filter over the position variable <paramref name="p"/> (a map draft-facts.cypher's Positions makes).</summary>
    public string Position(PositionWhere? where, string p)
    {
        if (where is null) return "true";
        var found = c.Values(PositionWhereFile, PositionValues, where, new() { ["p"] = p });
        if (where.OnDraft is { } on)
        {
            var d = c.Fresh("d");
            found.Add(c.Part(PositionWhereFile, nameof(PositionWhere.OnDraft), new() { ["p"] = p, ["d"] = d }, inner: Draft(on, d)));
        }
        foreach (var (name, inner) in Sequence)
            if (inner(where) is { } other)
            {
                var (d, q) = (c.Fresh("d"), c.Fresh("p"));
                found.Add(c.Part(PositionWhereFile, name, new() { ["p"] = p, ["d"] = d, ["q"] = q }, inner: Position(other, q)));
            }
        return All(found);
    }

    private string Status(StatusWhere where, string h) => All(c.Values(StatusWhereFile, StatusValues, where, new() { ["h"] = h }));

    /// <summary>How many positions of the draft <paramref name="d"/> (or of those given) match the filter.</summary>
    private string Count(PositionWhere? where, string? d, string? positions = null)
    {
        var p = c.Fresh("p");
        return c.Part(FactsFile, PositionCount, Over(d, p), inner: Position(where, p), positions: positions);
    }

    /// <summary>A part's variables: the position p, over the draft d where the positions are a draft's.</summary>
    private static Dictionary<string, string> Over(string? d, string p) => d is null ? new() { ["p"] = p } : new() { ["d"] = d, ["p"] = p };
}
