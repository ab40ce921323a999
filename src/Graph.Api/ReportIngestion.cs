using Graph.Core;
using Graph.Ingest;

namespace Graph.Api;

/// <summary>
/// The ingestReport mutation's side of reading reports: the report text is checked as a file is (same rules, same
/// words), then read into the graph by one <see cref="Ingestor"/> kept for the life of the API, so the gazetteer and
/// lexicon are read once and the graph's actors are not read again for every report.
/// </summary>
public sealed class ReportIngestion(IGraphStore store, Lexicon lexicon) : IDisposable
{
    /// <summary>What errors about the text are prefixed with, as a file's name prefixes the CLI's: the argument's name.</summary>
    public const string TextName = "text";

    private readonly Ingestor ingestor = new(store, lexicon);

    // One report at a time. The ingestor is not thread-safe (it keeps the actor index between reports), and the same
    // text sent twice at once would otherwise pass the "already ingested" check twice: both would build the same
    // writes and the second transaction would fail on the source's id. In turn, the second finds the source and says
    // "already ingested". Reports are small and rare next to reads, so waiting costs little; reads never wait here.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Reads <paramref name="text"/> into the graph; <paramref name="given"/> fills what the text's own header does not say.</summary>
    public async Task<IngestResult> IngestAsync(string text, ReportMetadata given, CancellationToken ct)
    {
        Report report;
        try
        {
            // Text sent to the API is kept nowhere but in the extractions' excerpts: the source names no document.
            report = ReportReader.FromText(TextName, text, given) with { Document = null };
        }
        catch (ReportException e)
        {
            throw new GraphException(ErrorCodes.BadUserInput, e.Message);
        }
        await gate.WaitAsync(ct);
        try
        {
            return await ingestor.IngestAsync(report, ct);
        }
        catch (ReportException e) // text the extractor cannot read (a sentence too long for its patterns)
        {
            throw new GraphException(ErrorCodes.BadUserInput, e.Message);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>An actor was changed by curation: the next report reads the graph's actors again.</summary>
    public void ActorsChanged() => ingestor.ForgetActors();

    public void Dispose() => gate.Dispose();
}
