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
            AddDraftStatus or AddDraftRelation => true, // idempotent by their natural keys
            _ => false,
        }, $"{w.GetType().Name} would fail or overwrite on a second start"));

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
