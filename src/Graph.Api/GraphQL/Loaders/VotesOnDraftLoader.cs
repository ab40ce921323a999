namespace Graph.Api.GraphQL;

/// <summary>The votes held on each draft, oldest first.</summary>
public sealed class VotesOnDraftLoader(IGraphStore store) : BatchLoader<string, IReadOnlyList<Vote>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Vote>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetVotesAsync(ids, ct), v => v.DraftId);
}
