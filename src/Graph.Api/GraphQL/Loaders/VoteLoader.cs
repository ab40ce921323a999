namespace Graph.Api.GraphQL;

/// <summary>Votes by id, all of a level in one call.</summary>
public sealed class VoteLoader(IGraphStore store) : BatchLoader<string, Vote>
{
    protected override async Task<IReadOnlyDictionary<string, Vote>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetVotesByIdAsync(ids, ct), v => v.Id);
}
