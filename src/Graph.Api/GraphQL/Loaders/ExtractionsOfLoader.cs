namespace Graph.Api.GraphQL;

/// <summary>The extractions of a node or fact (by source, then offset): all subjects of a level in one call. A retracted
/// fact's too: it is asked for by id, and says where it came from.</summary>
public sealed class ExtractionsOfLoader(IGraphStore store) : BatchLoader<string, IReadOnlyList<Extraction>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Extraction>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ids, IncludeRetracted: true), ct), x => x.SubjectId);
}
