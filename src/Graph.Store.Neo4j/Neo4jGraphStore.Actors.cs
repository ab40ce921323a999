using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // No Cypher for actor filters yet: the generic scan over this store's own reads answers them (a slow path, composed
    // explicitly for Neo4j in the API's StoreExtensions too).
    private ActorScan Actors => new(this, this);

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) =>
        Actors.QueryActorsAsync(query, page, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default) => Actors.FindPositionsAsync(actorIds, where, ct);

    public Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default) => Actors.AggregatePositionsAsync(actorIds, where, ct);
}
