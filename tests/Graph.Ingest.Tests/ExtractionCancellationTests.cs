using System.Text;
using Graph.Core;
using Graph.Core.Seed;
using Graph.Store.Embedded;

namespace Graph.Ingest.Tests;

/// <summary>
/// Reading a report of 1 MiB is seconds of work (a report that is one long sentence, a minute): a token cancelled
/// soon after the reading began stops it, wherever it is. Each test would run for seconds if it did not; none is timed.
/// </summary>
public sealed class ExtractionCancellationTests : IDisposable
{
    private static readonly Lexicon Lexicon = Lexicon.Load();
    private readonly string folder = Directory.CreateTempSubdirectory("graph-ingest-cancel-").FullName;

    private const string Header = "Outlet: Example Wire\nTitle: A very long report\nDate: 2006-07-08\n---\n";

    private const string Paragraph =
        "Japan on Saturday urged the council to vote on a resolution it sponsored, backed by the United States, Britain and France. " +
        "\"We will hold on until the end,\" Japanese Foreign Minister Taro Aso said at a news conference in Tokyo. " +
        "Over Chinese and Russian objections, the draft was circulated Friday. A Chinese foreign ministry spokeswoman (Jiang Yu) says Japan is overreacting.\n\n";

    /// <summary>Close to <see cref="ReportReader.MaxBytes"/> of <paramref name="unit"/> repeated.</summary>
    private static Report Long(string unit)
    {
        var copies = (ReportReader.MaxBytes - 1024 - Encoding.UTF8.GetByteCount(Header)) / Encoding.UTF8.GetByteCount(unit);
        return ReportReader.FromText("long.txt", Header + string.Concat(Enumerable.Repeat(unit, copies)));
    }

    private static ActorIndex EmptyIndex() => ActorIndex.Build(Lexicon, [], new Dictionary<string, Role>());

    [Fact]
    public void Extraction_of_a_long_report_stops_when_cancelled()
    {
        var report = Long(Paragraph); // some 7,000 sentences
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsAny<OperationCanceledException>(() => new Extractor(Lexicon).Extract(report, EmptyIndex(), cancel.Token));
    }

    [Fact]
    public void Extraction_of_a_report_that_is_one_long_sentence_stops_when_cancelled()
    {
        var report = Long("Japan said the draft was backed by China and Russia while the United States opposed it ");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsAny<OperationCanceledException>(() => new Extractor(Lexicon).Extract(report, EmptyIndex(), cancel.Token));
    }

    [Fact]
    public async Task Ingesting_a_long_report_stops_when_cancelled_and_writes_nothing()
    {
        using var store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await store.InitializeAsync();
        await store.ApplyAsync(Dataset.Load(Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json")).ToWrites());
        var report = Long(Paragraph);
        var ingestor = new Ingestor(store, Lexicon);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ingestor.IngestAsync(report, cancel.Token));
        Assert.Empty(await store.GetSourcesAsync([Ingestor.SourceIdOf(report.Text)]));
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
    }
}
