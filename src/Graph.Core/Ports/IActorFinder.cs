namespace Graph.Core;

/// <summary>
/// Actors by a filter tree, in an order, a page at a time; and per actor, its positions (ballots as positions included) that
/// match a position filter, or their counts. Each call is one round trip, whatever the number of actors.
/// </summary>
public interface IActorFinder
{
    Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>Each actor's matching positions (an actor with none is left out), by since (undated first), then id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default);

    /// <summary>The counts of each actor's matching positions (every actor asked for has its counts, none included).</summary>
    Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default);
}
