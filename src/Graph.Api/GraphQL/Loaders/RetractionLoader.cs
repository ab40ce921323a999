namespace Graph.Api.GraphQL;

/// <summary>The retraction of a fact or statement, or null: all of a level in one call.</summary>
public sealed class RetractionLoader(IGraphStore store) : BatchLoader<string, Retraction>
{
    protected override async Task<IReadOnlyDictionary<string, Retraction>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetRetractionsAsync(ids, ct), r => r.SubjectId);
}
