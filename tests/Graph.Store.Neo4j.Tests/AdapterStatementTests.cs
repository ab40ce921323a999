using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Core.Seed;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Without a live Neo4j, what can be checked about the adapter's Cypher is checked here: every
/// store call runs a statement from cypher/queries, gives it exactly the parameters the statement
/// reads (no more, no fewer), and every file there is used. (The Cypher itself is linted in CI.)
/// </summary>
public sealed partial class AdapterStatementTests
{
    private static readonly DateOnly Day = new(2006, 7, 8);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    private static HashSet<string> ParametersOf(string statement) =>
        Parameter().Matches(string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))))
            .Select(m => m.Groups[1].Value).ToHashSet();

    [Fact]
    public async Task Every_statement_gets_exactly_the_parameters_it_reads_and_every_file_is_used()
    {
        var cypher = new CypherStatements(CypherStatements.DefaultFolder);
        var transport = new RecordingTransport();
        var store = new Neo4jGraphStore(transport, cypher);
        var ids = new[] { "japan", "china" };
        var filter = new FactFilter(ids, ids, Day, ids);
        var statements = new StatementFilter("japan", "draft-a", Day, Day, "sanctions vote");

        await store.CheckHealthAsync();
        await store.GetLabelsAsync(ids);
        await store.GetActorsAsync(ids);
        await store.GetDraftsAsync(ids);
        await store.GetAlliancesAsync(ids);
        await store.GetStatementsAsync(ids);
        await store.GetSourcesAsync(ids);
        await store.FindActorsAsync(new ActorFilter(ActorKind.State, "Tokyo"), new PageRequest(5, null));
        await store.FindDraftsAsync(new DraftFilter(DraftKind.Resolution, "un-security-council", "sanctions", "north-korea"), new PageRequest(5, null));
        await store.GetVotesAsync(ids);
        await store.GetVotesByIdAsync(ids);
        await store.GetBallotsAsync(filter);
        await store.FindAlliancesAsync(new AllianceFilter(AllianceKind.Coalition, "g8"), new PageRequest(5, null));
        await store.FindSourcesAsync(new PageRequest(5, null));
        await store.FindStatementsAsync(statements, new PageRequest(5, null));
        await store.FindStatementsBySpeakersAsync(ids, statements, new PageRequest(5, null));
        await store.GetPositionsAsync(filter, Stance.Backs);
        await store.GetMembershipsAsync(filter);
        await store.GetRolesAsync(filter);
        await store.GetDraftStatusHistoryAsync(ids);
        await store.GetDraftRelationsAsync(ids);
        await store.GetEdgesAsync(ids);
        await store.SampleEdgesAsync(ids, 5);
        await store.ExpandForPathAsync(ids, ["statement-1"]);
        await store.GetAgreementsAsync(ids, Day, Day);
        await store.GetSideHistoryAsync(Day, Day);
        await store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ids, SourceIds: ["report-1"]));
        await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-1"]));
        await store.GetExtractionsAsync(new ExtractionFilter());
        await store.GetMarkerAsync("seed:x");
        await store.GetRetractionsAsync(ids);
        await store.GetPositionsAsync(filter with { IncludeRetracted = true });
        await store.FindStatementsAsync(statements with { IncludeRetracted = true }, new PageRequest(5, null));
        await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-1"], IncludeRetracted: true));
        var evidence = new[] { new Evidence("stored-report", "stored-statement", "an excerpt") };
        await store.ApplyAsync([
            new CreateActor(new Actor("ghana", ActorKind.State, "Ghana", ["Accra"], null)),
            new UpdateActor(new Actor("ghana", ActorKind.State, "Ghana", [], "Elected member")),
            new CreateSource(new Source("report-1", SourceKind.Report, "A report", "cbs-news", Day, null, null)),
            new CreateDraft(new Draft("draft-a", DraftKind.Resolution, "A draft", "un-security-council", null) { SubjectId = "north-korea" }),
            new UpdateDraft(new Draft("draft-a", DraftKind.Resolution, "A draft", "un-security-council", "Revised") { SubjectId = "north-korea" }),
            new CreateAlliance(new Alliance("friends", AllianceKind.BodyMembership, "Friends", null) { BodyId = "un-security-council" }),
            new UpdateAlliance(new Alliance("friends", AllianceKind.Coalition, "Friends of the draft", null)),
            new CreateStatement(new Statement("statement-1", "ghana", Day, null, StatementKind.Quote, "Yes.", "report-1", "kyodo-news", "speech", ["draft-a"])),
            new CreatePosition(new Position("position-1", "ghana", "draft-a", Stance.Backs, Day, null, evidence)),
            new CreateMembership(new Membership("membership-1", "ghana", "friends", Day, null, evidence)),
            new CreateRole(new Role("role-1", "envoy", "ghana", "Envoy", null, null, evidence)),
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.Circulated, Day, evidence[0])),
            new AddDraftRelation(new DraftRelation("draft-a", DraftRelationKind.AlternativeTo, "draft-b", evidence[0])),
            new CreateVote(new Vote("vote-1", "draft-a", Day, VoteResult.Adopted, 15, 0, 0, evidence)),
            new CreateBallot(new Ballot("ballot-1", "vote-1", "ghana", BallotChoice.Yes, false, evidence)),
            new EndFact("position-1", Day.AddDays(3)),
            new SetMarker("seed:x", "fingerprint"),
            new RecordExtraction(new Extraction("stored-statement", "stored-report", 120, 9, "Taro Aso", 0.9, "speaker-before-said", false)),
            new Retract(new Retraction("position-1", "Misread", "Ann (API key)", DateTimeOffset.UnixEpoch)),
        ]);

        Assert.NotEmpty(transport.Ran);
        foreach (var query in transport.Ran)
        {
            var name = cypher.NameOf(query.Statement);
            Assert.True(ParametersOf(query.Statement).SetEquals(query.Parameters.Keys),
                $"{name}.cypher reads [{string.Join(", ", ParametersOf(query.Statement).Order())}] but was given [{string.Join(", ", query.Parameters.Keys.Order())}]");
        }
        var used = transport.Ran.Select(q => cypher.NameOf(q.Statement)).ToHashSet();
        Assert.Empty(CypherStatements.Names.All.Except(used));
        var files = Directory.EnumerateFiles(CypherStatements.DefaultFolder, "*.cypher").Select(Path.GetFileNameWithoutExtension);
        Assert.Empty(files.Except(CypherStatements.Names.All));
    }

    [Fact]
    public async Task Traversal_and_sides_run_their_own_statements_with_Cores_edge_vocabulary_and_are_read_as_Core_defines()
    {
        var cypher = new CypherStatements(CypherStatements.DefaultFolder);
        var transport = new RecordingTransport();
        var store = new Neo4jGraphStore(transport, cypher);
        static List<object?> L(params object?[] values) => [.. values];
        transport.Answers[CypherStatements.Names.SampleEdges] = new(["nodeId", "edges"],
            [L("japan", L(L("japan", "BACKS", "draft-a"), L("japan", "MEMBER_OF", "g8"), L("japan", "SPONSORS", "draft-b"))), L("g8", L(L("japan", "MEMBER_OF", "g8")))]);
        transport.Answers[CypherStatements.Names.ExpandForPath] = new(["edges", "links"],
            [L(L(L("japan", "BACKS", "draft-a")), L(L("japan", "china", "statement-1", true, false)))]);
        transport.Answers[CypherStatements.Names.GetSides] = new(["actorId", "draftId", "side"],
            [L("japan", "draft-a", 1L), L("china", "draft-a", -1L), L("russia", "draft-a", -1L), L("japan", "draft-b", 1L)]);

        var sample = await store.SampleEdgesAsync(["japan", "g8", "japan"], 2);
        Assert.Equal(["japan|BACKS|draft-a", "japan|MEMBER_OF|g8"], sample.Edges.Select(e => $"{e.FromId}|{e.Relation}|{e.ToId}").Order(StringComparer.Ordinal));
        Assert.Equal(["japan"], sample.CutNodeIds);
        var asked = transport.Ran.Single();
        Assert.Equal((3, Relations.All), ((int)asked.Parameters["limit"]!, (IReadOnlyList<string>)asked.Parameters["relations"]!));
        Assert.Equal(["japan", "g8"], (IEnumerable<string>)asked.Parameters["ids"]!);

        var step = await store.ExpandForPathAsync(["japan"], []);
        Assert.Equal([new GraphEdge("japan", "BACKS", "draft-a")], step.Edges);
        var link = Assert.Single(step.Links);
        Assert.Equal((new GraphEdge("japan", "MADE", "statement-1"), new GraphEdge("statement-1", "ABOUT", "china")), (link.First, link.Second));

        var counts = await store.GetAgreementsAsync(null, Day, null);
        Assert.Equal(["china", "japan", "russia"], counts.ActorIds);
        Assert.Equal(["draft-a", "draft-b"], counts.DraftIds);
        Assert.Equal((0, 1), counts.Pairs[("china", "japan")]);
        Assert.Equal((1, 0), counts.Pairs[("china", "russia")]);
        var sides = transport.Ran.Last();
        Assert.Equal((null, (object?)Day, null), (sides.Parameters["actorIds"], sides.Parameters["from"], sides.Parameters["to"]));

        // Spans without evidence; on one day the greater id is the later, and Japan's side ended before Russia's began.
        transport.Answers[CypherStatements.Names.GetSideHistory] = new(["actorId", "draftId", "opposes", "since", "until", "id"],
            [L("japan", "draft-a", false, Day, Day.AddDays(10), "p-1"), L("china", "draft-a", true, Day, null, "p-3"),
             L("china", "draft-a", false, Day, null, "p-2"), L("russia", "draft-a", false, Day.AddDays(10), null, "b-1")]);
        var history = await store.GetSideHistoryAsync(Day, null);
        var window = transport.Ran.Last();
        Assert.Equal(((object?)Day, (object?)null), (window.Parameters["from"], window.Parameters["to"]));
        Assert.Equal([Day.AddDays(10)], history.ChangesWithin(Day, Day.AddDays(30)));
        Assert.Equal((0, 1), history.Counts(Day, Day).Pairs[("china", "japan")]);
        Assert.Equal(["china", "russia"], history.Counts(Day.AddDays(10), Day.AddDays(10)).ActorIds);
    }

    [Fact]
    public async Task An_extraction_is_checked_as_the_embedded_store_checks_it_before_anything_is_written()
    {
        var cypher = new CypherStatements(CypherStatements.DefaultFolder);
        var transport = new RecordingTransport();
        var store = new Neo4jGraphStore(transport, cypher);
        // The fake holds only ids starting "stored-": a statement, and a source for ids ending "report".
        async Task<GraphException> Refused(Extraction e) =>
            await Assert.ThrowsAsync<GraphException>(() => store.ApplyAsync([new RecordExtraction(e)]));
        var good = new Extraction("stored-statement", "stored-report", 0, 5, "Japan", 0.5, "test-rule", false);

        var bad = await Refused(good with { Confidence = 1.5 });
        Assert.Equal((ErrorCodes.BadUserInput, "Refused recording the extraction of 'stored-statement' from 'stored-report': confidence must be between 0 and 1 (got 1.5)."),
            (bad.Code, bad.Message));
        Assert.Empty(transport.Ran); // refused before asking the database anything
        Assert.Equal(ErrorCodes.NotFound, (await Refused(good with { SubjectId = "ghost" })).Code);
        var noSource = await Refused(good with { SourceId = "stored-statement" });
        Assert.Equal((ErrorCodes.BadUserInput, "Refused recording the extraction of 'stored-statement' from 'stored-statement': it references something missing (check the source 'stored-statement')."),
            (noSource.Code, noSource.Message));
        Assert.DoesNotContain(transport.Ran, q => cypher.NameOf(q.Statement) == CypherStatements.Names.RecordExtraction);
    }

    [Fact]
    public async Task A_retraction_reaches_Cypher_as_parameters_only_and_each_read_says_whether_to_include_retracted()
    {
        var cypher = new CypherStatements(CypherStatements.DefaultFolder);
        var transport = new RecordingTransport();
        var store = new Neo4jGraphStore(transport, cypher);
        const string reason = "x'}) DETACH DELETE n //";

        await store.ApplyAsync([new Retract(new Retraction("position-1", reason, "O'Brien (API key)", new DateTimeOffset(2024, 5, 6, 12, 0, 0, TimeSpan.Zero)))]);
        await store.GetPositionsAsync(new FactFilter());
        await store.FindStatementsAsync(new StatementFilter(IncludeRetracted: true), new PageRequest(5, null));

        var names = transport.Ran.Select(q => cypher.NameOf(q.Statement)).ToList();
        Assert.Equal([CypherStatements.Names.GetRetractions, CypherStatements.Names.Retract, CypherStatements.Names.GetPositions,
            CypherStatements.Names.FindStatements], names);
        var retract = transport.Ran[1];
        Assert.DoesNotContain(reason, retract.Statement);
        Assert.Equal((reason, "O'Brien (API key)", "2024-05-06T12:00:00Z"),
            ((string)retract.Parameters["reason"]!, (string)retract.Parameters["by"]!, (string)retract.Parameters["at"]!));
        Assert.Equal(false, transport.Ran[2].Parameters["includeRetracted"]);
        Assert.Equal(true, transport.Ran[3].Parameters["includeRetracted"]);
    }

    [Fact]
    public async Task Votes_and_ballots_are_written_as_parameters_and_read_back_decoded()
    {
        var cypher = new CypherStatements(CypherStatements.DefaultFolder);
        var stored = new Dictionary<string, object?>
        {
            ["id"] = "vote-1", ["draftId"] = "draft-a", ["date"] = Day, ["result"] = "VETOED", ["yes"] = 13L, ["no"] = 1L, ["abstain"] = null,
            ["evidenceSources"] = new List<object?> { "report-1" }, ["evidenceStatements"] = new List<object?> { "" },
            ["evidenceExcerpts"] = new List<object?> { "13 in favour" },
        };
        var ballot = new Dictionary<string, object?>
        {
            ["id"] = "ballot-1", ["voteId"] = "vote-1", ["actorId"] = "russia", ["choice"] = "NO", ["veto"] = true,
            ["evidenceSources"] = new List<object?> { "report-1" }, ["evidenceStatements"] = new List<object?> { "" },
            ["evidenceExcerpts"] = new List<object?> { "" },
        };
        var transport = new RecordingTransport
        {
            Answers =
            {
                [CypherStatements.Names.GetVotes] = new(["vote"], [[stored]]),
                [CypherStatements.Names.GetBallots] = new(["ballot"], [[ballot]]),
            },
        };
        var store = new Neo4jGraphStore(transport, cypher);

        var vote = Assert.Single(await store.GetVotesAsync(["draft-a"]));
        Assert.Equal(new Vote("vote-1", "draft-a", Day, VoteResult.Vetoed, 13, 1, null, [new Evidence("report-1", null, "13 in favour")]) with
            { Evidence = vote.Evidence }, vote);
        Assert.Equal([new Evidence("report-1", null, "13 in favour")], vote.Evidence);
        var read = Assert.Single(await store.GetBallotsAsync(new FactFilter(SubjectIds: ["russia"], AsOf: Day)));
        Assert.Equal(("vote-1", "russia", BallotChoice.No, true), (read.VoteId, read.ActorId, read.Choice, read.Veto));
        Assert.Equal(["russia"], (IEnumerable<string>)transport.Ran[^1].Parameters["actorIds"]!);
        Assert.Equal(Day, transport.Ran[^1].Parameters["asOf"]);

        // Russia has ballot-1 in vote-1 already (so says the fake): a second is refused before anything is written.
        transport.Ran.Clear();
        var second = await Assert.ThrowsAsync<GraphException>(() => store.ApplyAsync([
            new CreateBallot(new Ballot("ballot-2", "vote-1", "russia", BallotChoice.Yes, false, [new Evidence("stored-report")]))]));
        Assert.Equal("Refused recording ballot 'ballot-2': actor 'russia' already has ballot 'ballot-1' in vote 'vote-1'.", second.Message);
        Assert.Equal([CypherStatements.Names.GetBallots], transport.Ran.Select(q => cypher.NameOf(q.Statement)));

        // Seeding the same ballot again skips it; a vote is written with its tally as parameters, never in the text.
        transport.Ran.Clear();
        transport.Answers[CypherStatements.Names.GetFactKind] = new(["kind"], [["ballot"]]);
        await store.ApplyAsync([new CreateBallot(new Ballot("ballot-1", "vote-1", "russia", BallotChoice.No, true, []), CreateMode.SkipExisting)]);
        Assert.DoesNotContain(transport.Ran, q => cypher.NameOf(q.Statement) == CypherStatements.Names.CreateBallot);
        transport.Answers.Remove(CypherStatements.Names.GetFactKind);
        await store.ApplyAsync([new CreateVote(new Vote("vote-2", "draft-a", Day, VoteResult.Failed, 9, 4, 2, [new Evidence("stored-report")]))]);
        var create = transport.Ran.Single(q => cypher.NameOf(q.Statement) == CypherStatements.Names.CreateVote);
        Assert.Equal(("FAILED", 9, 4, 2), ((string)create.Parameters["result"]!, (int)create.Parameters["yes"]!, (int)create.Parameters["no"]!,
            (int)create.Parameters["abstain"]!));
        Assert.Equal("vote", transport.Ran.Single(q => cypher.NameOf(q.Statement) == CypherStatements.Names.RegisterFact).Parameters["kind"]);
    }

    [Fact]
    public void Schema_statements_are_split_one_per_statement()
    {
        var schema = CypherStatements.SchemaStatements();
        Assert.Contains(schema, s => s.StartsWith("CREATE CONSTRAINT node_id", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.StartsWith("CREATE FULLTEXT INDEX statement_text", StringComparison.Ordinal));
        Assert.All(schema, s => Assert.DoesNotContain(";", s));
        Assert.All(schema, s => Assert.DoesNotContain("//", s));
    }

    [Fact]
    public void The_committed_cypher_seed_is_what_the_dataset_makes()
    {
        var root = RepoRoot();
        var dataset = Dataset.Load(Path.Combine(root, "data", "north-korea-sanctions-2006.json"));
        var expected = CypherSeed.Render(dataset, Path.Combine(root, "cypher", "seed"));
        var committed = File.ReadAllText(Path.Combine(root, "cypher", "seed.cypher"));
        Assert.True(expected == committed,
            "cypher/seed.cypher is out of date: run `dotnet run --project src/Graph.Cli -- cypher-seed > cypher/seed.cypher`.");
    }

    [Theory]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("line\nbreak", @"'line\nbreak'")]
    [InlineData("x'}) DETACH DELETE n //", @"'x\'}) DETACH DELETE n //'")]
    public void Seed_literals_escape_what_would_end_a_string(string text, string literal) =>
        Assert.Equal(literal, CypherSeed.Literal(text));

    [Fact]
    public void Seed_literals_type_dates_lists_and_maps()
    {
        var row = new Dictionary<string, object?> { ["since"] = Day, ["aliases"] = new[] { "Tokyo" }, ["until"] = null, ["ord"] = 2 };
        Assert.Equal("{since: date('2006-07-08'), aliases: ['Tokyo'], until: null, ord: 2}", CypherSeed.Literal(row));
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found above the test binaries.");
    }

    /// <summary>Answers every statement with the smallest well-formed result it could get, and records what ran.</summary>
    private sealed class RecordingTransport : ICypherTransport, ICypherTransaction
    {
        public List<CypherQuery> Ran { get; } = [];

        /// <summary>Results to give a statement (by file name) instead of the smallest one.</summary>
        public Dictionary<string, CypherResult> Answers { get; } = [];

        private readonly CypherStatements cypher = new(CypherStatements.DefaultFolder);

        public Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct = default)
        {
            Ran.Add(query);
            return Task.FromResult(Answers.TryGetValue(cypher.NameOf(query.Statement), out var answer) ? answer : Answer(query));
        }

        public async Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
            await work(this, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static CypherResult Answer(CypherQuery query)
        {
            var text = query.Statement;
            IReadOnlyList<object?> Row(params object?[] values) => values;
            if (text.Contains("RETURN 1 AS ok")) return new(["ok"], [Row(1L)]);
            if (text.Contains("RETURN speakerId, total, page"))
                return new(["speakerId", "total", "page"], ((IEnumerable<string>)query.Parameters["speakerIds"]!).Select(id => Row(id, 0L, new List<object?>())).ToList());
            if (text.Contains("RETURN size(matches) AS total, matches")) return new(["total", "page"], [Row(0L, new List<object?>())]);
            if (text.Contains("collect(node.id) AS ids")) return new(["ids"], [Row(new List<object?>())]);
            if (text.Contains("RETURN linkedSubjects"))
                return new(["linkedSubjects"], [Row((long)((System.Collections.ICollection)query.Parameters["about"]!).Count)]);
            if (text.Contains("n.id AS id, [label IN labels(n)") && query.Parameters["ids"] is IEnumerable<string> wanted)
            {
                // What the evidence cites is stored already ("stored-..."); every other id is free.
                var present = wanted.Where(id => id.StartsWith("stored-", StringComparison.Ordinal));
                return new(["id", "label"], present.Select(id => Row(id, id.EndsWith("report", StringComparison.Ordinal) ? "Source" : "Statement")).ToList());
            }
            var counted = Regex.Match(text, @"RETURN count\([^)]*\) AS (\w+)");
            return counted.Success ? new([counted.Groups[1].Value], [Row(1L)]) : CypherResult.Empty;
        }
    }
}
