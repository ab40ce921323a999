namespace Graph.Api.GraphQL;

/// <summary>The counts of each actor's positions that match a filter: one store call per filter per level.</summary>
public sealed class PositionAggregateLoader(IActorFinder actors) : KeyedLoader<PositionCountLoader.Filter, PositionAggregate>
{
    protected override async Task<IReadOnlyDictionary<string, PositionAggregate>> FetchAsync(IReadOnlyList<string> ids, PositionCountLoader.Filter args,
        CancellationToken ct) => await actors.AggregatePositionsAsync(ids, args.Where, ct);
}
