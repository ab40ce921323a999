using Graph.Core;
using static Graph.Store.Neo4j.CypherComposer;

namespace Graph.Store.Neo4j;

/// <summary>
/// Actor queries as one Cypher statement each, composed of cypher/filters' parts: the actor's own conditions from
/// actor-where.cypher, and everything through its positions by <see cref="DraftCypher"/>'s position filters over the actor's
/// positions (draft-facts.cypher's Positions, through the actor). What each part means is <see cref="ActorFilters"/>; the
/// store contract pins them together. The actor is the variable `actor`, never `a`, which the parts bind in their subqueries.
/// </summary>
internal sealed class ActorCypher(CypherComposer c)
{
    private const string WhereFile = "actor-where", OrderFile = "actor-order", Actor = "actor";

    private static readonly (string Name, Func<ActorWhere, object?> Value)[] ActorValues =
    [
        (nameof(ActorWhere.Id), w => w.Id), (nameof(ActorWhere.IdIn), w => w.IdIn),
        (nameof(ActorWhere.Kind), w => Name(w.Kind)), (nameof(ActorWhere.KindIn), w => Names(w.KindIn)),
        (nameof(ActorWhere.Name), w => w.Name), (nameof(ActorWhere.NameContains), w => w.NameContains),
        (nameof(ActorWhere.MemberOf), w => w.MemberOf),
    ];

    private readonly DraftCypher drafts = new(c);

    /// <summary>Every part this translator names, by file: all must be there at start.</summary>
    public static IEnumerable<(string File, string Name)> Required() =>
        ActorValues.Select(v => v.Name).Concat(DraftCypher.ThroughPositions).Append(nameof(ActorWhere.Not)).Select(n => (WhereFile, n))
            .Concat(Enum.GetNames<ActorOrderField>().Select(n => (OrderFile, n)))
            .Concat(new[] { Positions, PositionCount }.Select(n => (FactsFile, n)));

    /// <summary>A page of the actors the query keeps, in its order, and how many it keeps: rows (total, page).</summary>
    public CypherQuery Query(ActorQuery query, PageRequest page)
    {
        var order = c.Order(OrderFile, query.Keys().Select(k => (k.Field.ToString(), k.Descending)));
        return c.Query(c.Statement("query-actors", inner: Where(query.Where), order: order), ("offset", page.Offset), ("first", page.First));
    }

    /// <summary>
    /// The actors' matching positions (find-positions.cypher: rows actorId, position) or their counts per year
    /// (aggregate-positions.cypher: rows actorId, year, count, drafts).
    /// </summary>
    public CypherQuery ByActor(string file, IReadOnlyCollection<string> actorIds, PositionWhere? where) =>
        c.Query(c.Statement(file, inner: drafts.Position(where, "p"), positions: PositionsOf()), ("ids", actorIds));

    private string Where(ActorWhere? where)
    {
        if (where is null) return "true";
        var found = c.Values(WhereFile, ActorValues, where, []);
        c.Logic(found, WhereFile, where.And, where.Or, where.Not, Where);
        found.AddRange(drafts.Through(WhereFile, [where.PositionsSome, where.PositionsAll, where.PositionsNone], where.PositionsAggregate, null,
            PositionsOf));
        return All(found);
    }

    /// <summary>The actor's positions: draft-facts.cypher's Positions with the actor for a, and a draft of their own.</summary>
    private string PositionsOf() => c.Part(FactsFile, CypherComposer.Positions, new() { ["a"] = Actor, ["d"] = c.Fresh("d") });
}
