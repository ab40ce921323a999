namespace Graph.Api.GraphQL;

/// <summary>The positions taken on each draft.</summary>
public sealed class PositionsOfDraftLoader(IGraphStore store) : KeyedLoader<(Stance? Stance, DateOnly? AsOf, bool Retracted), IReadOnlyList<Position>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FetchAsync(IReadOnlyList<string> ids, (Stance? Stance, DateOnly? AsOf, bool Retracted) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetPositionsAsync(new FactFilter(ObjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted), args.Stance, ct), p => p.DraftId);
}
