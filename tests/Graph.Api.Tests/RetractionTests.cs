using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Retraction over HTTP: each mutation keeps the fact and records why, who and when; the fact then leaves every
/// answer (lists, coalitions, exports) unless includeRetracted, and a report read again does not bring it back.</summary>
public sealed class RetractionTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A new draft that Peru backs and Qatar opposes (from the seed's July 2006 report), and a statement by Peru about it.</summary>
    private async Task<(string Draft, string Backs, string Opposes, string Statement)> EpisodeAsync()
    {
        var draft = NewId("draft");
        var data = await Api.QueryAsync("""
            mutation($draft: ID!, $text: String!) {
              createDraft(input: { id: $draft, kind: RESOLUTION, title: "Draft to retract from" }) { id }
              backs: recordPosition(input: { actorId: "peru", draftId: $draft, stance: BACKS, since: "2006-07-10",
                evidence: [{ sourceId: "japan-times-2006-07-12" }] }) { id }
              opposes: recordPosition(input: { actorId: "qatar", draftId: $draft, stance: OPPOSES, since: "2006-07-10",
                evidence: [{ sourceId: "japan-times-2006-07-12" }] }) { id }
              recordStatement(input: { speakerId: "peru", kind: QUOTE, text: $text,
                sourceId: "japan-times-2006-07-12", aboutIds: [$draft] }) { id }
            }
            """, new { draft, text = $"Peru stands behind draft {draft.Replace("-", "")}." });
        return (draft, data.GetProperty("backs").Str("id"), data.GetProperty("opposes").Str("id"), data.GetProperty("recordStatement").Str("id"));
    }

    [Fact]
    public async Task A_retracted_position_is_kept_with_why_who_and_when_and_leaves_the_draft_unless_asked_for()
    {
        var (draft, backs, _, _) = await EpisodeAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var retracted = (await Api.QueryAsync("""
            mutation($id: ID!) { retractPosition(id: $id, reason: "  Misread the report  ", by: "Ann Curator") {
              id stance retraction { subjectId reason by at } } }
            """, new { id = backs })).GetProperty("retractPosition");

        var retraction = retracted.GetProperty("retraction");
        Assert.Equal((backs, "Misread the report", "Ann Curator (API key)"), (retraction.Str("subjectId"), retraction.Str("reason"), retraction.Str("by")));
        var at = DateTimeOffset.Parse(retraction.Str("at"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(at, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.EndsWith("Z", retraction.Str("at"));
        var read = (await Api.QueryAsync("""
            query($draft: ID!) { draft(id: $draft) {
              positions { id retraction { reason } }
              all: positions(includeRetracted: true) { id retraction { reason } }
              sides { supporters { actor { id } } } } }
            """, new { draft })).GetProperty("draft");
        Assert.DoesNotContain(read.GetProperty("positions").Items(), p => p.Str("id") == backs);
        Assert.All(read.GetProperty("positions").Items(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("retraction").ValueKind));
        Assert.Equal("Misread the report", read.GetProperty("all").Items().Single(p => p.Str("id") == backs).GetProperty("retraction").Str("reason"));
        Assert.Empty(read.GetProperty("sides").GetProperty("supporters").Items());
    }

    [Fact]
    public async Task Without_a_name_the_caller_is_recorded_as_an_API_key_and_the_key_never()
    {
        var (_, backs, _, _) = await EpisodeAsync();
        var retraction = (await Api.QueryAsync("""mutation($id: ID!) { retractPosition(id: $id, reason: "Duplicate") { retraction { by } } }""",
            new { id = backs })).GetProperty("retractPosition").GetProperty("retraction");
        Assert.Equal("API key", retraction.Str("by"));
        Assert.DoesNotContain(ApiHost.WriteKey, retraction.GetRawText());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_code_and_a_second_retraction_with_ALREADY_RETRACTED()
    {
        var (_, backs, _, statement) = await EpisodeAsync();
        const string Retract = """mutation($id: ID!, $reason: String!) { retractPosition(id: $id, reason: $reason) { id } }""";

        Assert.Equal("BAD_USER_INPUT", (await Api.ErrorAsync(Retract, new { id = backs, reason = "   " })).Code());
        Assert.Equal("NOT_FOUND", (await Api.ErrorAsync(Retract, new { id = "no-such-position", reason = "Wrong" })).Code());
        Assert.Equal("NOT_FOUND", (await Api.ErrorAsync(Retract, new { id = statement, reason = "Wrong kind" })).Code());
        await Api.QueryAsync(Retract, new { id = backs, reason = "First" });
        var again = await Api.ErrorAsync(Retract, new { id = backs, reason = "Second" });
        Assert.Equal("ALREADY_RETRACTED", again.Code());
        Assert.Contains("First", again.Str("message")); // the first retraction stands
    }

    [Fact]
    public async Task A_retracted_statement_leaves_the_speakers_statements_and_the_search()
    {
        var (draft, _, _, statement) = await EpisodeAsync();
        var word = draft.Replace("-", "");
        await Api.QueryAsync("""mutation($id: ID!) { retractStatement(id: $id, reason: "Misattributed") { id retraction { reason } } }""",
            new { id = statement });

        var read = await Api.QueryAsync("""
            query($word: String!) { actor(id: "peru") { statements(search: $word) { totalCount } all: statements(search: $word, includeRetracted: true) { totalCount } }
              statements(search: $word) { totalCount }
              every: statements(search: $word, includeRetracted: true) { nodes { id retraction { reason } } } }
            """, new { word });
        Assert.Equal(0, read.GetProperty("actor").GetProperty("statements").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, read.GetProperty("actor").GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, read.GetProperty("statements").GetProperty("totalCount").GetInt32());
        Assert.Equal("Misattributed", read.GetProperty("every").GetProperty("nodes").Items().Single().GetProperty("retraction").Str("reason"));
    }

    [Fact]
    public async Task Memberships_and_roles_are_retracted_and_stay_readable()
    {
        var alliance = NewId("coalition");
        var membership = (await Api.QueryAsync("""
            mutation($id: ID!) {
              createAlliance(input: { id: $id, kind: COALITION, name: "Friends to retract" }) { id }
              addMembership(input: { actorId: "peru", allianceId: $id, evidence: [{ sourceId: "japan-times-2006-07-12" }] }) { id } }
            """, new { id = alliance })).GetProperty("addMembership").Str("id");
        await Api.QueryAsync("""mutation($id: ID!) { retractMembership(id: $id, reason: "Never joined") { id } }""", new { id = membership });
        var peru = (await Api.QueryAsync("""
            { actor(id: "peru") { memberships { id } all: memberships(includeRetracted: true) { id retraction { reason } } } }
            """)).GetProperty("actor");
        Assert.DoesNotContain(peru.GetProperty("memberships").Items(), m => m.Str("id") == membership);
        Assert.Contains(peru.GetProperty("all").Items(), m => m.Str("id") == membership);

        var person = (await Api.QueryAsync("""{ actors(kind: PERSON, first: 100) { nodes { id represents { id } } } }"""))
            .GetProperty("actors").GetProperty("nodes").Items().First(a => a.GetProperty("represents").GetArrayLength() > 0);
        var role = person.GetProperty("represents")[0].Str("id");
        await Api.QueryAsync("""mutation($id: ID!) { retractRole(id: $id, reason: "Left office before") { id retraction { reason } } }""", new { id = role });
        var read = (await Api.QueryAsync("""
            query($id: ID!) { actor(id: $id) { represents { id } all: represents(includeRetracted: true) { id } } }
            """, new { id = person.Str("id") })).GetProperty("actor");
        Assert.DoesNotContain(read.GetProperty("represents").Items(), r => r.Str("id") == role);
        Assert.Contains(read.GetProperty("all").Items(), r => r.Str("id") == role);
    }

    [Fact]
    public async Task Alignment_does_not_count_a_retracted_position_and_an_export_does_not_hold_it()
    {
        var (draft, _, opposes, _) = await EpisodeAsync();
        async Task<int> PeruAndQatarDisagreeAsync()
        {
            var edges = (await Api.QueryAsync("""{ alignment { edges { a { id } b { id } disagreements } } }""")).GetProperty("alignment").GetProperty("edges");
            return edges.Items().Where(e => new[] { e.GetProperty("a").Str("id"), e.GetProperty("b").Str("id") }.Order().SequenceEqual(["peru", "qatar"]))
                .Sum(e => e.GetProperty("disagreements").GetInt32());
        }
        var before = await PeruAndQatarDisagreeAsync();
        Assert.True(before > 0);

        await Api.QueryAsync("""mutation($id: ID!) { retractPosition(id: $id, reason: "Qatar abstained") { id } }""", new { id = opposes });

        Assert.Equal(before - 1, await PeruAndQatarDisagreeAsync());
        using var response = await Api.Http.GetAsync($"/export/edges.csv?scope=DRAFT&id={draft}");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, csv);
        Assert.Contains("peru", csv);
        Assert.DoesNotContain("qatar", csv);
    }

    private const string Ingest = """
        mutation($input: ReportInput!) { ingestReport(input: $input) { alreadyIngested source { id } positions { created confirmed } } }
        """;

    private static string OwnReport(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "data", "ingest", "reports", name);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException(name);
    }

    [Fact]
    public async Task A_report_is_retracted_whole_and_reading_it_again_brings_nothing_back()
    {
        var text = OwnReport("own-libya-1973-no-fly.txt");
        var first = (await Api.QueryAsync(Ingest, new { input = new { text } })).GetProperty("ingestReport");
        var source = first.GetProperty("source").Str("id");
        Assert.True(first.GetProperty("positions").GetProperty("created").GetInt32() > 0);

        var retracted = (await Api.QueryAsync("""
            mutation($source: ID!) { retractReport(sourceId: $source, reason: "The report was a hoax", by: "Ann") { subjectId by } }
            """, new { source })).GetProperty("retractReport").Items().Select(r => r.Str("subjectId")).ToList();
        Assert.NotEmpty(retracted);
        const string Read = """
            query($source: ID!) { source(id: $source) { extractions { subjectId } all: extractions(includeRetracted: true) { subjectId } } }
            """;
        var read = (await Api.QueryAsync(Read, new { source })).GetProperty("source");
        Assert.DoesNotContain(read.GetProperty("extractions").Items(), x => retracted.Contains(x.Str("subjectId")));
        Assert.Contains(read.GetProperty("all").Items(), x => retracted.Contains(x.Str("subjectId")));
        Assert.Equal("ALREADY_RETRACTED", (await Api.ErrorAsync("""
            mutation($source: ID!) { retractReport(sourceId: $source, reason: "Again") { subjectId } }
            """, new { source })).Code());

        // The same text again is the same source: nothing is read.
        Assert.True((await Api.QueryAsync(Ingest, new { input = new { text } })).GetProperty("ingestReport").GetProperty("alreadyIngested").GetBoolean());
        // Another copy (another source) meets the same stances: confirmed, not created again, so they stay retracted.
        var copy = (await Api.QueryAsync(Ingest, new { input = new { text = text + "\nReprinted.\n" } })).GetProperty("ingestReport");
        Assert.False(copy.GetProperty("alreadyIngested").GetBoolean());
        Assert.Equal(0, copy.GetProperty("positions").GetProperty("created").GetInt32());
        var still = (await Api.QueryAsync(Read, new { source })).GetProperty("source").GetProperty("extractions");
        Assert.DoesNotContain(still.Items(), x => retracted.Contains(x.Str("subjectId")));
    }

    [Fact]
    public async Task Only_what_an_extraction_created_is_retracted_as_an_extraction()
    {
        var (_, backs, _, _) = await EpisodeAsync();
        const string Retract = """mutation($id: ID!) { retractExtraction(subjectId: $id, reason: "Wrong") { subjectId } }""";
        Assert.Equal("BAD_USER_INPUT", (await Api.ErrorAsync(Retract, new { id = backs })).Code()); // curated
        Assert.Equal("NOT_FOUND", (await Api.ErrorAsync(Retract, new { id = "nothing-at-all" })).Code());

        var source = (await Api.QueryAsync(Ingest, new { input = new { text = OwnReport("own-dprk-1718-vote-set.txt") } }))
            .GetProperty("ingestReport").GetProperty("source").Str("id");
        var extracted = (await Api.QueryAsync("""query($id: ID!) { source(id: $id) { extractions { subjectId } } }""", new { id = source }))
            .GetProperty("source").GetProperty("extractions").Items().Select(x => x.Str("subjectId")).Where(id => id.EndsWith(source, StringComparison.Ordinal)).First();
        Assert.Equal(extracted, (await Api.QueryAsync(Retract, new { id = extracted })).GetProperty("retractExtraction").Str("subjectId"));
    }
}
