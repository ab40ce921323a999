namespace Graph.Api.GraphQL;

/// <summary>The people who speak for each state or organization.</summary>
public sealed class RolesRepresentingLoader(IGraphStore store) : KeyedLoader<(DateOnly? AsOf, bool Retracted), IReadOnlyList<Role>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Role>>> FetchAsync(IReadOnlyList<string> ids, (DateOnly? AsOf, bool Retracted) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetRolesAsync(new FactFilter(ObjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted), ct), r => r.RepresentsId);
}
