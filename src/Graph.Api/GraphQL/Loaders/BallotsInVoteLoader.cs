namespace Graph.Api.GraphQL;

/// <summary>The ballots cast in each vote.</summary>
public sealed class BallotsInVoteLoader(IGraphStore store) : BatchLoader<string, IReadOnlyList<Ballot>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Ballot>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetBallotsAsync(new FactFilter(ObjectIds: ids), ct), b => b.VoteId);
}
