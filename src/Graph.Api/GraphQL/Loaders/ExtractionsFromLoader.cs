namespace Graph.Api.GraphQL;

/// <summary>What the extractor read in a source (by offset), retracted extractions too when asked: all sources of a level in one call.</summary>
public sealed class ExtractionsFromLoader(IGraphStore store) : KeyedLoader<bool, IReadOnlyList<Extraction>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Extraction>>> FetchAsync(IReadOnlyList<string> ids, bool args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ids, IncludeRetracted: args), ct), x => x.SourceId);
}
