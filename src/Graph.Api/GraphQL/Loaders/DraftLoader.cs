namespace Graph.Api.GraphQL;

/// <summary>Drafts by id, all of a level in one call.</summary>
public sealed class DraftLoader(IGraphStore store) : BatchLoader<string, Draft>
{
    protected override async Task<IReadOnlyDictionary<string, Draft>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetDraftsAsync(ids, ct), d => d.Id);
}
