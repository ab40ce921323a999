namespace Graph.Api.GraphQL;

/// <summary>Sources by id, all of a level in one call.</summary>
public sealed class SourceLoader(IGraphStore store) : BatchLoader<string, Source>
{
    protected override async Task<IReadOnlyDictionary<string, Source>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetSourcesAsync(ids, ct), s => s.Id);
}
