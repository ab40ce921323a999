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

    private readonly List<SqliteGraphStore> opened = [];

    private async Task<SqliteGraphStore> SeededStoreAsync(string name = "graph")
    {
        var store = new SqliteGraphStore(Path.Combine(folder, name + ".db"));
        opened.Add(store);
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

    [Fact]
    public async Task A_statement_whose_id_a_different_statement_holds_gets_the_next_id_and_the_same_statement_is_confirmed()
    {
        // The id the quote gets in a graph without it: speaker, date and first six words.
        string id, text;
        using (var plain = await SeededStoreAsync("plain"))
        {
            var result = await new Ingestor(plain, Lexicon).IngestAsync(ReportReader.FromText("r.txt", Report));
            var quote = (await plain.FindStatementsAsync(new StatementFilter(SpeakerId: "taro-aso"), new PageRequest(100, null)))
                .Items.Single(s => s.SourceId == result.SourceId && s.Kind == StatementKind.Quote);
            (id, text) = (quote.Id, quote.Text);
        }
        Assert.Equal("taro-aso-2006-07-08-we-will-hold-on-until-the", id);
        var curated = new Statement(id, "taro-aso", new DateOnly(2006, 7, 8), null, StatementKind.Quote, "We will hold on until the vote, whatever it takes.",
            "japan-times-2006-07-12", null, null, []);

        // A different statement holds the id: the report's quote is stored as -2, created by this report; the other is untouched.
        using (var taken = await SeededStoreAsync("taken"))
        {
            await taken.ApplyAsync([new CreateStatement(curated)]);
            var result = await new Ingestor(taken, Lexicon).IngestAsync(ReportReader.FromText("r.txt", Report));
            var other = Assert.Single(await taken.GetStatementsAsync([id]));
            Assert.Equal((curated.Text, curated.SourceId), (other.Text, other.SourceId));
            var stored = Assert.Single(await taken.GetStatementsAsync([id + "-2"]));
            Assert.Equal((text, result.SourceId), (stored.Text, stored.SourceId));
            var extractions = await taken.GetExtractionsAsync(new ExtractionFilter(SourceIds: [result.SourceId!]));
            Assert.True(Assert.Single(extractions, e => e.SubjectId == id + "-2").Created);
            Assert.DoesNotContain(extractions, e => e.SubjectId == id);
            Assert.Contains(result.Notes, n => n.Contains($"'{id}'") && n.Contains($"'{id}-2'"));
        }

        // The same statement (same id, same text) is already held: confirmed, not duplicated and not claimed as created.
        using (var same = await SeededStoreAsync("same"))
        {
            await same.ApplyAsync([new CreateStatement(curated with { Text = text })]);
            var result = await new Ingestor(same, Lexicon).IngestAsync(ReportReader.FromText("r.txt", Report));
            Assert.Empty(await same.GetStatementsAsync([id + "-2"]));
            Assert.Equal("japan-times-2006-07-12", Assert.Single(await same.GetStatementsAsync([id])).SourceId);
            var extraction = Assert.Single(await same.GetExtractionsAsync(new ExtractionFilter(SubjectIds: [id])));
            Assert.Equal((result.SourceId, false), (extraction.SourceId, extraction.Created));
            Assert.True(result.Statements.Confirmed >= 1);
        }
    }

    [Fact]
    public async Task An_ingestor_that_keeps_its_actor_index_reads_a_series_of_reports_as_one_that_reads_the_store_every_time()
    {
        // The reports of our own, plus two where the second names a person the first introduced (who must then be
        // known, with the role the first gave), read by one ingestor and by a fresh ingestor per report.
        var reports = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "data", "ingest", "reports"), "own-*.txt").Order(StringComparer.Ordinal)
            .Select(f => ReportReader.Parse(f, File.ReadAllBytes(f)))
            .Append(ReportReader.FromText("r.txt", Report))
            .Append(ReportReader.FromText("first.txt", "Date: 2006-07-10\n---\nJapanese Ambassador Takeshi Moriyama said on Monday that Japan backs the draft resolution.\n"))
            .Append(ReportReader.FromText("second.txt", "Date: 2006-07-11\n---\n\"We will not wait for ever,\" Takeshi Moriyama told reporters on Tuesday.\n"))
            .ToList();
        using var kept = await SeededStoreAsync("kept");
        using var fresh = await SeededStoreAsync("fresh");
        var one = new Ingestor(kept, Lexicon);
        foreach (var report in reports)
        {
            var a = await one.IngestAsync(report);
            var b = await new Ingestor(fresh, Lexicon).IngestAsync(report);
            Assert.Equal(b, a with { Notes = b.Notes });
            Assert.Equal(b.Notes, a.Notes);
        }
        async Task<object> Everything(SqliteGraphStore store)
        {
            var sources = (await store.FindSourcesAsync(new PageRequest(100, null))).Items.Select(s => s.Id).Order().ToList();
            var extractions = await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: sources));
            var actors = new List<Actor>();
            for (string? after = null; ;)
            {
                var page = await store.FindActorsAsync(new ActorFilter(), new PageRequest(100, after));
                actors.AddRange(page.Items);
                if (!page.HasNextPage) break;
                after = page.CursorAt(page.Items.Count - 1);
            }
            var statements = (await store.FindStatementsAsync(new StatementFilter(), new PageRequest(100, null))).TotalCount;
            var roles = await store.GetRolesAsync(new FactFilter(SubjectIds: actors.Select(a => a.Id).ToList()));
            return string.Join("\n", extractions.Select(e => e.ToString()).Concat(actors.Select(a => $"{a.Id} {a.Name} {string.Join('|', a.Aliases)}"))
                .Concat(roles.Select(r => $"{r.Id} {r.PersonId} {r.RepresentsId} {r.Title}")).Append($"statements {statements}"));
        }
        Assert.Equal(await Everything(fresh), await Everything(kept));
        var moriyama = Assert.Single(await kept.GetActorsAsync(["takeshi-moriyama"]));
        Assert.Empty(await kept.GetActorsAsync(["takeshi-moriyama-2"]));
        Assert.Contains(await kept.GetExtractionsAsync(new ExtractionFilter(SubjectIds: [moriyama.Id])), e => e.Text == "Takeshi Moriyama" && !e.Created);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0x4A, 0x61, 0x00, 0x70 }, "control character U+0000 at offset 2")]
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
        // Each store lets go of its own pool: clearing every pool would close connections that other test classes are opening.
        foreach (var store in opened) store.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
