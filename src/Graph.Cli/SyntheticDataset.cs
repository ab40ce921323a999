using System.Text.Json;
using Graph.Core;
using Graph.Core.Seed;

namespace Graph.Cli;

/// <summary>
/// `graph synth`: a dataset that passes the same checks as a curated one (DatasetCheck), sized by its
/// number of statements, with everything else in proportion: states, people with their roles, outlets,
/// reports, drafts with history and revisions, alliances with members, statements about drafts and
/// states, and positions whose evidence is a statement in a report. The same size and seed always give
/// the same dataset. For load, crash and soak tests; the names are invented.
/// </summary>
public static class SyntheticDataset
{
    private static readonly string[] Words =
    [
        "sanctions", "resolution", "council", "missile", "launch", "talks", "draft", "vote", "support", "oppose",
        "dialogue", "pressure", "security", "region", "envoy", "binding", "chapter", "seven", "compromise", "statement",
        "peace", "nuclear", "programme", "consensus", "delegation", "ministry", "proposal", "amendment", "veto", "allies",
        "sécurité", "résolution", "東京", "협상", "переговоры",
    ];

    private static readonly string[] Settings = ["a news conference", "a speech", "an interview", "a closed session", "a statement to reporters"];

    private static readonly DateOnly Start = new(2006, 1, 1);

    public static Dataset Create(int statements, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statements, 1);
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        DateOnly Day(int max = 365) => Start.AddDays(random.Next(max));
        string Sentence(int words) => string.Join(" ", Enumerable.Range(0, words).Select(_ => Pick(Words)));

        var stateCount = Math.Max(10, statements / 100);
        var personCount = Math.Max(10, statements / 50);
        var outletCount = Math.Max(3, statements / 2000);
        var sourceCount = Math.Max(5, statements / 10);
        var draftCount = Math.Max(3, statements / 500);
        var allianceCount = Math.Max(3, statements / 2000);
        var positionCount = Math.Max(5, statements / 4);

        var states = Enumerable.Range(1, stateCount).Select(i => new ActorRecord($"state-{i}", ActorKind.State, $"State {i}",
            [$"Capital {i}", $"State{i}ian"], i % 3 == 0 ? $"A synthetic state, number {i}." : null)).ToList();
        var people = Enumerable.Range(1, personCount).Select(i => new ActorRecord($"person-{i}", ActorKind.Person, $"Person {i}",
            i % 4 == 0 ? [$"P. {i}"] : [], null)).ToList();
        var outlets = Enumerable.Range(1, outletCount).Select(i => new ActorRecord($"outlet-{i}", ActorKind.Media, $"Outlet {i}", [], null)).ToList();
        var council = new ActorRecord("synthetic-council", ActorKind.Organization, "Synthetic Council", ["the Council"], "Where the drafts are debated.");
        var actors = new List<ActorRecord> { council };
        actors.AddRange(states);
        actors.AddRange(people);
        actors.AddRange(outlets);

        var sources = Enumerable.Range(1, sourceCount).Select(i => new SourceRecord($"report-{i}", SourceKind.Report,
            $"Report {i}: {Sentence(4)}", Pick(outlets).Id, Day(), i % 2 == 0 ? $"https://example.org/reports/{i}" : null, null)).ToList();
        var reference = new SourceRecord("synthetic-record", SourceKind.Reference, "The synthetic public record", null, null, null, null);
        sources.Add(reference);

        var drafts = Enumerable.Range(1, draftCount).Select(i => new DraftRecord($"draft-{i}", i % 5 == 0 ? DraftKind.PresidentialStatement : DraftKind.Resolution,
            $"Draft {i} on {Sentence(2)}", council.Id, i % 2 == 0 ? Sentence(8) : null,
            [
                new StatusRecord(DraftStatus.Proposed, Start.AddDays(i % 300), new EvidenceRecord(Pick(sources).Id)),
                new StatusRecord(DraftStatus.Circulated, Start.AddDays(i % 300 + 3), new EvidenceRecord(Pick(sources).Id, Excerpt: Sentence(5))),
            ],
            i > 1 && i % 3 == 0 ? [new RelationRecord(DraftRelationKind.Revises, $"draft-{i - 1}", new EvidenceRecord(Pick(sources).Id))] : [])).ToList();

        var alliances = Enumerable.Range(1, allianceCount).Select(i => new AllianceRecord($"alliance-{i}",
            i % 2 == 0 ? AllianceKind.Coalition : AllianceKind.StandingGroup, $"Alliance {i}", null,
            states.OrderBy(_ => random.Next()).Take(Math.Min(8, states.Count)).Select(s => new MemberRecord(null, s.Id,
                Day(100), random.Next(4) == 0 ? Start.AddDays(200 + random.Next(100)) : null, [new EvidenceRecord(reference.Id)])).ToList())).ToList();

        var roles = people.Select((p, i) => new RoleRecord(null, p.Id, states[i % states.Count].Id, i % 2 == 0 ? "Foreign Minister" : "Ambassador",
            null, null, [new EvidenceRecord(reference.Id)])).ToList();

        var speakers = people.Concat(states).ToList();
        var statementRecords = Enumerable.Range(1, statements).Select(i =>
        {
            var about = new List<string>();
            if (i % 2 == 0) about.Add(Pick(drafts).Id);
            if (i % 3 == 0) about.Add(Pick(states).Id);
            return new StatementRecord($"statement-{i}", Pick(speakers).Id, i % 4 == 0 ? null : Day(),
                i % 2 == 0 ? StatementKind.Quote : StatementKind.Paraphrase, $"{Sentence(6 + i % 10)}.", Pick(sources).Id,
                i % 5 == 0 ? Pick(outlets).Id : null, i % 3 == 0 ? Pick(Settings) : null, about.Distinct().ToList());
        }).ToList();

        var positions = Enumerable.Range(1, positionCount).Select(i =>
        {
            var evidence = Pick(statementRecords);
            var since = Day(300);
            return new PositionRecord($"position-{i}", Pick(states).Id, Pick(drafts).Id, (Stance)random.Next(4), since,
                random.Next(5) == 0 ? since.AddDays(1 + random.Next(60)) : null,
                [new EvidenceRecord(evidence.Source, evidence.Id, evidence.Text.Length > 40 ? evidence.Text[..40] : evidence.Text)]);
        }).ToList();

        return new Dataset
        {
            Name = $"synthetic-{statements}-{seed}",
            Description = $"A synthetic dataset: {statements} statements, seed {seed} (graph synth).",
            Sources = sources,
            Actors = actors,
            Roles = roles,
            Drafts = drafts,
            Alliances = alliances,
            Statements = statementRecords,
            Positions = positions,
        };
    }

    /// <summary>`graph synth`: the dataset of <paramref name="statements"/> and <paramref name="seed"/> into a file, or standard output.</summary>
    public static async Task<int> RunAsync(int statements, int seed, string? outputPath)
    {
        var dataset = Create(statements, seed);
        await using var output = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        await WriteAsync(dataset, output);
        return 0;
    }

    public static Task WriteAsync(Dataset dataset, Stream output, CancellationToken ct = default) =>
        JsonSerializer.SerializeAsync(output, dataset, Dataset.JsonOptions, ct);
}
