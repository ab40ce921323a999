namespace Graph.Api.GraphQL;

/// <summary>The members of each alliance.</summary>
public sealed class MembersOfAllianceLoader(IGraphStore store) : KeyedLoader<(DateOnly? AsOf, bool Retracted), IReadOnlyList<Membership>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Membership>>> FetchAsync(IReadOnlyList<string> ids, (DateOnly? AsOf, bool Retracted) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetMembershipsAsync(new FactFilter(ObjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted), ct), m => m.AllianceId);
}
