using Graph.Core;
using Graph.Core.Seed;
using Graph.Store.Embedded;

namespace Graph.Ingest.Tests;

/// <summary>Which draft: each stance and vote on the draft its sentence speaks of, within a report and across reports.</summary>
public sealed class WhichDraftTests : IDisposable
{
    private static readonly Lexicon Lexicon = Lexicon.Load();
    private readonly string folder = Directory.CreateTempSubdirectory("graph-which-draft-").FullName;
    private readonly List<SqliteGraphStore> opened = [];

    private const string RivalTexts = """
        Outlet: Test Wire
        Title: China and Russia table rival text on North Korea
        Date: 2006-07-12
        ---
        Japan's draft resolution on North Korea would impose sanctions over the missile launches.

        China and Russia on Wednesday circulated their own draft resolution, a milder text with no sanctions. China opposes Japan's draft.

        The United States and Britain back Japan's draft.
        """;

    private static ExtractedReport Extract(string text) =>
        new Extractor(Lexicon).Extract(ReportReader.FromText("r.txt", text), ActorIndex.Build(Lexicon, [], new Dictionary<string, Role>()));

    [Fact]
    public void A_rival_text_in_the_same_report_is_its_own_draft_with_its_own_stances()
    {
        var found = Extract(RivalTexts);

        var japans = Assert.Single(found.Drafts, d => d.Owners.Contains("japan"));
        var rival = Assert.Single(found.Drafts, d => d.Owners.Contains("china"));
        Assert.NotEqual(japans.Index, rival.Index);
        Assert.True(rival.Traits.HasFlag(DraftTraits.Rival));
        Assert.Equal(japans.Index, rival.AlternativeTo);
        Assert.All(found.Drafts, d => Assert.Equal("north-korea", d.SubjectId));
        Assert.Contains(found.Stances, s => s is { ActorId: "japan", Stance: Stance.Sponsors } && s.DraftIndex == japans.Index);
        Assert.Contains(found.Stances, s => s is { ActorId: "china", Stance: Stance.Opposes } && s.DraftIndex == japans.Index);
        Assert.Contains(found.Stances, s => s is { ActorId: "united-states", Stance: Stance.Backs } && s.DraftIndex == japans.Index);
        Assert.DoesNotContain(found.Stances, s => s.ActorId == "japan" && s.DraftIndex == rival.Index);
    }

    [Fact]
    public void A_vote_reads_its_result_tally_and_named_ballots_and_a_threat_is_no_vote()
    {
        var found = Extract("""
            Outlet: Test Wire
            Date: 2011-03-18
            ---
            The Security Council adopted a resolution on Libya by 10 votes to none, with five abstentions, on Thursday.

            Brazil, India and Germany abstained, as did China and Russia.
            """);
        var vote = Assert.Single(found.Votes);
        Assert.Equal((VoteResult.Adopted, 10, 0, 5), (vote.Result, vote.Yes, vote.No, vote.Abstain));
        Assert.Equal(new DateOnly(2011, 3, 17), vote.Date);
        Assert.Equal(["brazil", "china", "germany", "india", "russia"], vote.Ballots.Where(b => b.Choice == BallotChoice.Abstain).Select(b => b.ActorId).Order());

        var vetoed = Extract("""
            Outlet: Test Wire
            Date: 2011-10-05
            ---
            Russia and China on Tuesday vetoed a Security Council resolution on Syria. South Africa abstained.
            """);
        var veto = Assert.Single(vetoed.Votes);
        Assert.Equal(VoteResult.Vetoed, veto.Result);
        Assert.All(veto.Ballots.Where(b => b.Choice == BallotChoice.No), b => Assert.True(b.Veto));
        Assert.Equal(["china", "russia"], veto.Ballots.Where(b => b.Choice == BallotChoice.No).Select(b => b.ActorId).Order());

        var threat = Extract("""
            Outlet: Test Wire
            Date: 2011-09-30
            ---
            Russia said it would veto the draft resolution on Syria, and China could abstain.
            """);
        Assert.Empty(threat.Votes);
    }

    [Fact]
    public async Task Reports_on_different_episodes_make_different_drafts_and_a_later_report_finds_the_curated_one()
    {
        using var store = await SeededStoreAsync();
        var ingestor = new Ingestor(store, Lexicon);
        string Report(string date, string text) => $"Outlet: Test Wire\nDate: {date}\n---\n{text}\n";

        // Out of date order, three episodes whose drafts the same Western states put forward.
        await ingestor.IngestAsync(ReportReader.FromText("syria.txt", Report("2011-10-05",
            "Russia and China vetoed a resolution on Syria put forward by France and Britain. The vote was 9 to 2.")));
        await ingestor.IngestAsync(ReportReader.FromText("iran.txt", Report("2006-12-24",
            "The Security Council unanimously adopted a resolution on Iran drafted by Britain, France and Germany.")));
        await ingestor.IngestAsync(ReportReader.FromText("libya.txt", Report("2011-03-18",
            "The Security Council adopted a resolution on Libya, drafted by France and Britain, by 10 votes to none.")));
        // A later report on Japan's draft: the seed's curated draft, not a new one.
        var japan = await ingestor.IngestAsync(ReportReader.FromText("japan.txt", Report("2006-07-13",
            "Japan's draft resolution on North Korea is backed by the United States.")));

        var drafts = (await store.FindDraftsAsync(new DraftFilter(), new PageRequest(100, null))).Items;
        var read = drafts.Where(d => d.Description?.StartsWith("Read from report") == true).ToList();
        Assert.Equal(["iran", "libya", "syria"], read.Select(d => d.SubjectId!).Order());
        Assert.Contains(read, d => d.Title == "Draft resolution on Iran (UK, France, Germany), December 2006");
        Assert.Equal(0, japan.Drafts.Created);
        var backs = await store.GetPositionsAsync(new FactFilter(SubjectIds: ["united-states"], ObjectIds: ["japan-sanctions-resolution"]));
        Assert.NotEmpty(backs);
        var votes = await store.GetVotesAsync(read.Select(d => d.Id).ToList());
        Assert.Equal(3, votes.Count);
        Assert.Contains(votes, v => v is { Result: VoteResult.Vetoed, Yes: 9, No: 2 });
    }

    [Fact]
    public void The_rule_never_joins_drafts_on_different_subjects_nor_a_draft_voted_on_another_day()
    {
        var known = new KnownDraft(new Draft("d", DraftKind.Resolution, "t", "un-security-council", null) { SubjectId = "iran" },
            new HashSet<string> { "united-kingdom" }, new DateOnly(2006, 12, 1), new DateOnly(2006, 12, 23), [new DateOnly(2006, 12, 23)], []);
        ReportDraft Mention(string subject, params string[] owners) =>
            new(0, DraftKind.Resolution, [new DraftMention(new TextSpan(0, 5), DraftKind.Resolution, 0)], owners, [], subject, "un-security-council", DraftTraits.None, null);

        Assert.True(DraftIdentity.Same(Mention("iran", "united-kingdom"), new DateOnly(2006, 12, 24), new DateOnly(2006, 12, 23), known));
        Assert.False(DraftIdentity.Same(Mention("syria", "united-kingdom"), new DateOnly(2006, 12, 24), null, known));
        // Three months on, the same sponsors' next draft on the same subject: the first was voted on, so this one is new.
        Assert.False(DraftIdentity.Same(Mention("iran", "united-kingdom"), new DateOnly(2007, 3, 25), new DateOnly(2007, 3, 24), known));
        Assert.False(DraftIdentity.Same(Mention("iran", "united-kingdom"), new DateOnly(2007, 1, 20), null, known));
        // Owners with none in common are different drafts.
        Assert.False(DraftIdentity.Same(Mention("iran", "russia"), new DateOnly(2006, 12, 20), null, known));
        // "voted last month for Resolution 1737": a resolution recalled is the one voted on before the report, not a new draft.
        var recalled = Mention("iran") with { Traits = DraftTraits.Recalled, Number = "1737" };
        Assert.True(DraftIdentity.Same(recalled, new DateOnly(2007, 1, 20), null, known));
        Assert.False(DraftIdentity.Same(recalled, new DateOnly(2006, 12, 20), null, known));
    }

    [Fact]
    public void The_corpus_score_counts_a_merge_when_two_labels_land_on_one_draft()
    {
        GoldReport Gold(params (string Actor, string Stance, string Label)[] stances) =>
            new("r", null, null, null, null, null, null, stances.Select(s => new GoldStance(s.Actor, s.Stance, "RESOLUTION", s.Label)).ToList(), null,
                [new GoldDraft("a", "RESOLUTION", null, null, null, null, null), new GoldDraft("b", "RESOLUTION", null, null, null, null, null)]);
        var corpus = new List<(GoldReport, ReadBack)>
        {
            (Gold(("japan", "SPONSORS", "a")), new ReadBack("one", [("japan", "SPONSORS", "d1")], [], [])),
            (Gold(("china", "SPONSORS", "b")), new ReadBack("two", [("china", "SPONSORS", "d1")], [], [])),
        };
        var scores = DraftEvaluation.Score(corpus, name => name, _ => "RESOLUTION");
        Assert.Single(scores.Merges);
        Assert.False(scores.Passes);
        var triples = scores.Scores.Single(s => s.Kind == "triples");
        Assert.Equal((2, 2, 1), (triples.Gold, triples.Found, triples.Correct));
    }

    private async Task<SqliteGraphStore> SeededStoreAsync()
    {
        var store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        opened.Add(store);
        await store.InitializeAsync();
        await store.ApplyAsync(Dataset.Load(Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json")).ToWrites());
        return store;
    }

    public void Dispose()
    {
        foreach (var store in opened) store.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
