namespace Graph.Api.GraphQL;

/// <summary>The alliances each actor belongs to.</summary>
public sealed class MembershipsOfActorLoader(IGraphStore store) : KeyedLoader<(DateOnly? AsOf, bool Retracted), IReadOnlyList<Membership>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Membership>>> FetchAsync(IReadOnlyList<string> ids, (DateOnly? AsOf, bool Retracted) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetMembershipsAsync(new FactFilter(SubjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted), ct), m => m.ActorId);
}
