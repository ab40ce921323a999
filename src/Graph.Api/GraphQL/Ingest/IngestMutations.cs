using Graph.Ingest;

namespace Graph.Api.GraphQL;

/// <summary>Reading a news report into the graph.</summary>
internal static class IngestMutations
{
    public static void AddIngestMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<IngestReportPayloadType>>("ingestReport").With(Args.Input<ReportInputType>())
            .Description("Reads a news report into the graph as `graph ingest` reads a file: actors, people, statements, stances " +
                "and drafts, each tied to the report and the span it was read from. The same text twice adds nothing. " +
                $"A report is at most {ReportReader.MaxBytes:N0} bytes, but a request body at most 256 KiB by default.")
            .Resolve().WithService<ReportIngestion>().ResolveAsync(IngestReportAsync);

    private static async Task<object?> IngestReportAsync(IResolveFieldContext<object?> c, ReportIngestion ingestion)
    {
        var i = InputMap.Of(c);
        return await ingestion.IngestAsync(i.Str("text")!, new ReportMetadata(i.Str("outlet"), i.Str("title"), i.Date("date"), i.Str("url")), c.CancellationToken);
    }
}
