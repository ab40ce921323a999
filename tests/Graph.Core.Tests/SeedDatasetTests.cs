using Graph.Core;
using Graph.Core.Seed;

namespace Graph.Core.Tests;

/// <summary>The curated dataset in data/: it loads, every reference resolves, and it holds the episode's key facts.</summary>
public sealed class SeedDatasetTests
{
    private static readonly string DatasetPath = Path.Combine(RepoRoot(), "data", "north-korea-sanctions-2006.json");
    private static readonly Dataset Episode = Dataset.Load(DatasetPath);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found above the test binaries.");
    }

    [Fact]
    public void Every_fact_has_evidence_and_every_reference_resolves() =>
        Assert.Empty(DatasetCheck.Problems(Episode));

    [Fact]
    public void Misspelled_names_in_the_reports_are_aliases_of_the_right_people()
    {
        Assert.Contains("Hu Xintao", Episode.Actors.Single(a => a.Id == "hu-jintao").Aliases);
        Assert.Contains("Scheiffer", Episode.Actors.Single(a => a.Id == "j-thomas-schieffer").Aliases);
    }

    [Fact]
    public void Every_official_named_has_a_role_with_a_state()
    {
        var people = Episode.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToHashSet();
        var withRole = Episode.Roles.Select(r => r.Person).ToHashSet();
        Assert.Subset(withRole, people);
        var states = Episode.Actors.Where(a => a.Kind == ActorKind.State).Select(a => a.Id).ToHashSet();
        Assert.All(Episode.Roles, r => Assert.Contains(r.Represents, states));
    }

    [Fact]
    public void Statements_come_from_the_seed_reports_with_dates_no_later_than_the_report()
    {
        var reports = Episode.Sources.Where(s => s.Kind == SourceKind.Report).ToDictionary(s => s.Id);
        Assert.All(Episode.Statements, s =>
        {
            Assert.True(reports.ContainsKey(s.Source), $"{s.Id} cites {s.Source}, not a report");
            if (s.Date is { } said) Assert.True(said <= reports[s.Source].Date, $"{s.Id} is dated after its report");
        });
    }

    [Fact]
    public void Seeding_twice_is_planned_as_skips_not_failures() =>
        Assert.All(Episode.ToWrites(), w => Assert.True(w switch
        {
            CreateActor c => c.Mode == CreateMode.SkipExisting,
            CreateSource c => c.Mode == CreateMode.SkipExisting,
            CreateDraft c => c.Mode == CreateMode.SkipExisting,
            CreateAlliance c => c.Mode == CreateMode.SkipExisting,
            CreateStatement c => c.Mode == CreateMode.SkipExisting,
            CreatePosition c => c.Mode == CreateMode.SkipExisting,
            CreateMembership c => c.Mode == CreateMode.SkipExisting,
            CreateRole c => c.Mode == CreateMode.SkipExisting,
            CreateVote c => c.Mode == CreateMode.SkipExisting,
            CreateBallot c => c.Mode == CreateMode.SkipExisting,
            AddDraftStatus or AddDraftRelation => true, // idempotent by their natural keys
            _ => false,
        }, $"{w.GetType().Name} would fail or overwrite on a second start"));

    [Fact]
    public void Resolution_1695_was_adopted_unanimously_by_the_fifteen_members_of_2006_on_the_record_of_the_meeting()
    {
        var vote = Assert.Single(Episode.Votes);
        Assert.Equal(("japan-sanctions-resolution", new DateOnly(2006, 7, 15), VoteResult.Adopted, (int?)15, (int?)0, (int?)0),
            (vote.Draft, vote.Date, vote.Result, vote.Yes, vote.No, vote.Abstain));
        var record = Episode.Sources.Single(s => s.Id == Assert.Single(vote.Evidence).Source);
        Assert.Equal((SourceKind.Reference, new DateOnly(2006, 7, 15)), (record.Kind, record.Date));
        Assert.Contains("S/PV.5490", record.Title);
        // The members of 2006 are those of the Security Council's body membership that day.
        var council = Episode.Alliances.Where(a => a.Body == "un-security-council")
            .SelectMany(a => a.Members).Where(m => Dates.Holds(m.Since, m.Until, vote.Date)).Select(m => m.Actor).ToHashSet();
        Assert.Equal(15, vote.Ballots.Count);
        Assert.Equal(council.Order(), vote.Ballots.Select(b => b.Actor).Order());
        Assert.All(vote.Ballots, b => Assert.Equal((BallotChoice.Yes, false), (b.Choice, b.Veto)));
        Assert.Contains(Episode.Drafts.Single(d => d.Id == vote.Draft).History,
            h => h.Status == DraftStatus.Adopted && h.Date == vote.Date && h.Evidence.Source == record.Id);
        Assert.All(Episode.Drafts, d => Assert.Equal("north-korea", d.Subject));
    }

    [Fact]
    public void A_broken_vote_is_refused_with_each_problem_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                { "name": "broken-vote", "actors": [ { "id": "x", "kind": "STATE", "name": "X", "aliases": [] } ],
                  "sources": [ { "id": "record", "kind": "REFERENCE", "title": "R", "outlet": null, "date": null, "url": null, "document": null } ],
                  "drafts": [ { "id": "d", "kind": "RESOLUTION", "title": "D", "forum": null, "description": null, "subject": "nowhere",
                                "history": [], "relations": [] } ],
                  "votes": [ { "id": "v", "draft": "nothing", "date": null, "result": "FAILED", "yes": -2, "no": 0, "abstain": null,
                               "evidence": [], "ballots": [ { "actor": "ghost", "choice": "YES" }, { "actor": "x", "choice": "ABSTAIN", "veto": true },
                                                            { "actor": "x", "choice": "NO" } ] } ] }
                """);
            var error = Assert.Throws<InvalidDataException>(() => Dataset.Load(path)).Message;
            Assert.Contains("draft d subject: no Actor 'nowhere'", error);
            Assert.Contains("vote v: no Draft 'nothing'", error);
            Assert.Contains("vote v: 'yes' must not be negative (got -2)", error);
            Assert.Contains("vote v: no evidence", error);
            Assert.Contains("ballot ballot-ghost-v: no Actor 'ghost'", error);
            Assert.Contains("ballot ballot-x-v: a veto is a NO ballot, not ABSTAIN", error);
            Assert.Contains("'x' has 2 ballots", error);

            // A result or choice not in the vocabulary is refused as the file is read, naming where.
            File.WriteAllText(path, """{ "name": "typo", "votes": [ { "id": "v", "draft": "d", "date": null, "result": "ADOPTED", "yes": 1, "no": 0, "abstain": 0, "evidence": [], "ballots": [ { "actor": "x", "choice": "MAYBE" } ] } ] }""");
            Assert.Contains("choice", Assert.Throws<InvalidDataException>(() => Dataset.Load(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_broken_dataset_is_refused_with_each_problem_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                { "name": "broken", "actors": [ { "id": "Bad Id", "kind": "STATE", "name": "X", "aliases": [] } ],
                  "positions": [ { "actor": "nobody", "draft": "nothing", "stance": "BACKS", "since": "2006-07-10", "until": "2006-07-01", "evidence": [] } ] }
                """);
            var error = Assert.Throws<InvalidDataException>(() => Dataset.Load(path));
            Assert.Contains("'Bad Id' is not a valid id", error.Message);
            Assert.Contains("no Actor 'nobody'", error.Message);
            Assert.Contains("no Draft 'nothing'", error.Message);
            Assert.Contains("'until' is not after 'since'", error.Message);
            Assert.Contains("no evidence", error.Message);

            File.WriteAllText(path, """{ "name": "typo", "actorz": [] }""");
            Assert.Contains("actorz", Assert.Throws<InvalidDataException>(() => Dataset.Load(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
