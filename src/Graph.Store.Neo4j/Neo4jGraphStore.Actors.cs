using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Actor filters in Cypher: each call one statement composed of cypher/filters' parts (ActorCypher), one round trip.

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(new ActorCypher(new CypherComposer(cypher.Filters)).Query(query, page), page, Decode.Actor, ct);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default)
    {
        if (actorIds.Count == 0) return new Dictionary<string, IReadOnlyList<Position>>();
        var result = await RunAsync(new ActorCypher(new CypherComposer(cypher.Filters)).ByActor("find-positions", actorIds, where), ct);
        // The rows come in the port's order: by actor, then by since (undated first) and id.
        return result.Rows.GroupBy(r => (string)r[0]!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Position>)g.Select(r => Decode.Position(Decode.Map(r[1]))).ToList());
    }

    public async Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default)
    {
        var counts = new Dictionary<string, PositionAggregate>();
        if (actorIds.Count > 0)
        {
            var result = await RunAsync(new ActorCypher(new CypherComposer(cypher.Filters)).ByActor("aggregate-positions", actorIds, where), ct);
            foreach (var rows in result.Rows.GroupBy(r => (string)r[0]!))
                counts[rows.Key] = Decode.Aggregate(rows.Select(r => (r[1] is long year ? checked((int)year) : (int?)null,
                    checked((int)(long)r[2]!), Decode.List(r[3]).Select(d => (string)d!).ToList())).ToList());
        }
        return actorIds.Distinct().ToDictionary(id => id, id => counts.GetValueOrDefault(id, PositionAggregate.None));
    }
}
