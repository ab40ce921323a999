using System.Text;
using Graph.Core;
using Graph.Core.Seed;
using Graph.Ingest;
using Graph.Store.Embedded;

namespace Graph.Ingest.Tests;

/// <summary>Reading reports: what a user sees when they ingest a report, bad input included.</summary>
public sealed class IngestTests : IDisposable
{
    private static readonly Lexicon Lexicon = Lexicon.Load();
    private readonly string folder = Directory.CreateTempSubdirectory("graph-ingest-").FullName;

    private const string Report = """
        Outlet: Example Wire
        Title: Council split over sanctions draft
        Date: 2006-07-08
        ---
        Watch CBSN Live

        Japan on Saturday urged the council to vote on a resolution it sponsored, backed by the United States, Britain and France.

        "We will hold on until the end," Japanese Foreign Minister Taro Aso said at a news conference in Tokyo.

        Over Chinese and Russian objections, the draft was circulated Friday. A Chinese foreign ministry spokeswoman (Jiang Yu) says Japan is overreacting.
        """;

    private async Task<SqliteGraphStore> SeededStoreAsync()
    {
        var store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await store.InitializeAsync();
        var dataset = Dataset.Load(Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json"));
        await store.ApplyAsync(dataset.ToWrites());
        return store;
    }

    [Fact]
    public void Extraction_reads_people_quotes_stances_and_dates_with_their_spans()
    {
        var report = ReportReader.FromText("r.txt", Report);
        var found = new Extractor(Lexicon).Extract(report, ActorIndex.Build(Lexicon, [], new Dictionary<string, Role>()));

        Assert.Equal(new DateOnly(2006, 7, 8), report.Metadata.Date);
        Assert.DoesNotContain(found.Mentions, m => m.Text == "CBSN"); // furniture yields nothing
        var aso = Assert.Single(found.People, p => p.PersonId == "taro-aso");
        Assert.Equal("japan", aso.RepresentsId);
        var quote = Assert.Single(found.Statements, s => s.Kind == StatementKind.Quote);
        Assert.Equal("taro-aso", quote.SpeakerId);
        Assert.Equal(quote.Text, report.Text[quote.Span.Start..quote.Span.End]); // the span is exactly the quoted words
        Assert.Contains(found.Statements, s => s.Kind == StatementKind.Paraphrase && s.SpeakerId == "jiang-yu" && s.Text.Contains("Japan is overreacting"));
        Assert.Contains(found.Stances, s => s is { ActorId: "japan", Stance: Stance.Sponsors, Draft: DraftKind.Resolution });
        Assert.Contains(found.Stances, s => s is { ActorId: "united-kingdom", Stance: Stance.Backs });
        Assert.Contains(found.Stances, s => s is { ActorId: "china", Stance: Stance.Opposes });
        Assert.Contains(found.Dates, d => d.Text == "Friday" && d.Value == "2006-07-07");
    }

    [Fact]
    public void A_misspelt_name_resolves_to_the_known_person_but_two_candidates_are_never_merged()
    {
        var known = new[]
        {
            new Actor("hu-jintao", ActorKind.Person, "Hu Jintao", [], null),
            new Actor("johan-smith", ActorKind.Person, "Johan Smith", [], null),
            new Actor("john-smyth", ActorKind.Person, "John Smyth", [], null),
        };
        var index = ActorIndex.Build(Lexicon, known, new Dictionary<string, Role>());
        var text = "Chinese President Hu Xintao met President John Smith on Monday.";
        var found = new Extractor(Lexicon).Extract(ReportReader.FromText("r.txt", text), index);

        Assert.Contains(found.Mentions, m => m.Text == "Hu Xintao" && m.ActorId == "hu-jintao");
        // "John Smith" is one edit from both "Johan Smith" and "John Smyth": kept apart as a new person.
        Assert.Contains(found.Mentions, m => m.Text == "John Smith" && m.ActorId == "john-smith");
        Assert.Contains(found.Notes, n => n.Contains("more than one known person"));
    }

    [Fact]
    public async Task Ingesting_writes_facts_with_provenance_once_and_never_rewrites_curated_positions()
    {
        using var store = await SeededStoreAsync();
        var ingestor = new Ingestor(store, Lexicon);
        var curatedBefore = await store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"]));

        var first = await ingestor.IngestAsync(ReportReader.FromText("r.txt", Report));
        var again = await ingestor.IngestAsync(ReportReader.FromText("r.txt", Report));

        Assert.False(first.AlreadyIngested);
        Assert.True(again.AlreadyIngested);
        var source = Assert.Single(await store.GetSourcesAsync([first.SourceId!]));
        Assert.Equal("Council split over sanctions draft", source.Title);
        var extractions = await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: [first.SourceId!]));
        var quote = Assert.Single(extractions, e => e.Rule.StartsWith("quote:"));
        Assert.Equal(Report.IndexOf("We will hold on", StringComparison.Ordinal), quote.Start);
        Assert.True(quote.Created);
        // Japan's curated sponsorship is confirmed by the report, not duplicated or changed.
        var curatedAfter = await store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"]));
        Assert.Equal(curatedBefore.Select(p => (p.Id, p.DraftId, p.Stance, p.Since, p.Until, p.Evidence.Count)),
            curatedAfter.Where(p => curatedBefore.Any(b => b.Id == p.Id)).Select(p => (p.Id, p.DraftId, p.Stance, p.Since, p.Until, p.Evidence.Count)));
        Assert.Contains(extractions, e => !e.Created && curatedBefore.Any(p => p.Id == e.SubjectId));
        // Nothing was added by the second run.
        Assert.Equal(extractions.Count, (await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: [first.SourceId!]))).Count);
    }

    [Theory]
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0x4A, 0x61, 0x00, 0x70 }, "looks binary")]
    [InlineData(new byte[] { 0x4A, 0x61, 0xC3, 0x28 }, "not valid UTF-8")]
    public void Bad_files_get_a_clear_error_naming_the_file(byte[] bytes, string reason)
    {
        var error = Assert.Throws<ReportException>(() => ReportReader.Parse("bad.txt", bytes));
        Assert.Contains("bad.txt", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var error = Assert.Throws<ReportException>(() => ReportReader.Parse("big.txt", Encoding.UTF8.GetBytes(new string('a', ReportReader.MaxBytes + 1))));
        Assert.Contains("over the limit", error.Message);
    }

    [Fact]
    public void A_bad_date_in_the_header_is_named()
    {
        var error = Assert.Throws<ReportException>(() => ReportReader.FromText("r.txt", "Date: 8 July\n---\nJapan said so."));
        Assert.Contains("YYYY-MM-DD", error.Message);
        Assert.Contains("8 July", error.Message);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
