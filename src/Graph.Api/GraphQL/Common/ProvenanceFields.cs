namespace Graph.Api.GraphQL;

internal static class ProvenanceFields
{
    /// <summary>
    /// provenance and origin of a node or fact. Both read the extractions of the subject through one loader,
    /// so asking for both, on every item of a level, is one store call.
    /// </summary>
    public static void AddProvenanceFields<T>(this ObjectGraphType<T> type, Func<T, string> id)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractionType>>>>("provenance")
            .Description("Where the extractor read this, by source and offset; empty when it was only curated.")
            .Resolve().WithService<ExtractionsOfLoader>().Resolve((c, extractions) => extractions.Load(id(c.Source)).OrEmpty());
        type.Field<NonNullGraphType<GraphEnum<Origin>>>("origin")
            .Description("EXTRACTED when an extraction created it; CURATED when people entered it, even if the extractor found it since.")
            .Resolve().WithService<ExtractionsOfLoader>().Resolve((c, extractions) => extractions.Load(id(c.Source)).Then(OriginOf));
    }

    private static Origin OriginOf(IReadOnlyList<Extraction>? found) => (found ?? []).Any(x => x.Created) ? Origin.Extracted : Origin.Curated;
}
