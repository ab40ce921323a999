namespace Graph.Api.GraphQL;

/// <summary>How each actor voted, in the votes held on or before a day if given.</summary>
public sealed class BallotsOfActorLoader(IGraphStore store) : KeyedLoader<DateOnly?, IReadOnlyList<Ballot>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Ballot>>> FetchAsync(IReadOnlyList<string> ids, DateOnly? asOf, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetBallotsAsync(new FactFilter(SubjectIds: ids, AsOf: asOf), ct), b => b.ActorId);
}
