namespace Graph.Api.GraphQL;

/// <summary>Each actor's positions (ballots as positions included) that match a filter: one store call per filter per level.</summary>
public sealed class PositionsMatchingLoader(IActorFinder actors) : KeyedLoader<PositionCountLoader.Filter, IReadOnlyList<Position>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FetchAsync(IReadOnlyList<string> ids,
        PositionCountLoader.Filter args, CancellationToken ct) => await actors.FindPositionsAsync(ids, args.Where, ct);
}
