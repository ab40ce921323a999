using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Curation over HTTP: what a good mutation stores, and that a bad one says why and stores nothing.</summary>
public sealed class MutationTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    private async Task<int> CountAsync(string query, params string[] path)
    {
        var e = await Api.QueryAsync(query);
        foreach (var p in path) e = e.GetProperty(p);
        return e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : e.GetInt32();
    }

    [Fact]
    public async Task A_curated_episode_can_be_recorded_and_read_back()
    {
        var draft = NewId("draft");
        var actor = NewId("state");
        var source = NewId("report");
        await Api.QueryAsync("""
            mutation($actor: ID!, $draft: ID!) {
              createActor(input: { id: $actor, kind: STATE, name: "Freedonia", aliases: ["Freedonian"] }) { id }
              createDraft(input: { id: $draft, kind: RESOLUTION, title: "Draft on Sylvania", forumId: "un-security-council" }) { id }
            }
            """, new { actor, draft });
        var statement = (await Api.QueryAsync("""
            mutation($actor: ID!, $draft: ID!, $source: ID!) {
              recordStatement(input: { speakerId: $actor, date: "2006-07-09", kind: QUOTE, text: "We back it.", aboutIds: [$draft],
                source: { id: $source, title: "Freedonia backs the draft", outletId: "cbs-news", date: "2006-07-10" } }) {
                id reportedOn source { id } about { id } }
            }
            """, new { actor, draft, source })).GetProperty("recordStatement");
        Assert.Equal("2006-07-10", statement.Str("reportedOn"));
        var position = (await Api.QueryAsync("""
            mutation($actor: ID!, $draft: ID!, $source: ID!, $statement: ID!) {
              recordPosition(input: { actorId: $actor, draftId: $draft, stance: BACKS, since: "2006-07-09",
                evidence: [{ sourceId: $source, statementId: $statement, excerpt: "We back it." }] }) { id stance since until }
            }
            """, new { actor, draft, source, statement = statement.Str("id") })).GetProperty("recordPosition");
        var ended = (await Api.QueryAsync("""mutation($id: ID!) { endPosition(id: $id, until: "2006-07-20") { until } }""",
            new { id = position.Str("id") })).GetProperty("endPosition");
        Assert.Equal("2006-07-20", ended.Str("until"));

        var read = (await Api.QueryAsync("""
            query($draft: ID!) { draft(id: $draft) {
              during: positions(asOf: "2006-07-15") { actor { name } evidence { statement { text } source { title } } }
              after: positions(asOf: "2006-07-20") { id } } }
            """, new { draft })).GetProperty("draft");
        var during = read.GetProperty("during").Items().Single();
        Assert.Equal("Freedonia", during.GetProperty("actor").Str("name"));
        Assert.Equal("We back it.", during.GetProperty("evidence")[0].GetProperty("statement").Str("text"));
        Assert.Empty(read.GetProperty("after").Items());
    }

    [Fact]
    public async Task Memberships_are_added_and_ended()
    {
        var alliance = NewId("coalition");
        await Api.QueryAsync("""mutation($id: ID!) { createAlliance(input: { id: $id, kind: COALITION, name: "Friends of the draft" }) { id } }""", new { id = alliance });
        var membership = (await Api.QueryAsync("""
            mutation($id: ID!) { addMembership(input: { actorId: "peru", allianceId: $id, since: "2006-07-12",
              evidence: [{ sourceId: "japan-times-2006-07-12" }] }) { id actor { id } } }
            """, new { id = alliance })).GetProperty("addMembership");
        await Api.QueryAsync("""mutation($id: ID!) { endMembership(id: $id, until: "2006-08-01") { until } }""", new { id = membership.Str("id") });
        var members = (await Api.QueryAsync("""
            query($id: ID!) { alliance(id: $id) { july: members(asOf: "2006-07-20") { actor { id } } august: members(asOf: "2006-08-02") { id } } }
            """, new { id = alliance })).GetProperty("alliance");
        Assert.Equal(["peru"], members.GetProperty("july").Items().Select(m => m.GetProperty("actor").Str("id")));
        Assert.Empty(members.GetProperty("august").Items());
    }

    [Fact]
    public async Task Updating_an_actor_changes_it_and_keeps_its_edges()
    {
        var id = NewId("official");
        await Api.QueryAsync("""mutation($id: ID!) { createActor(input: { id: $id, kind: PERSON, name: "A. Envoy" }) { id } }""", new { id });
        var updated = (await Api.QueryAsync("""
            mutation($id: ID!) { updateActor(input: { id: $id, kind: PERSON, name: "Anne Envoy", aliases: ["Envoy"], description: "Special envoy" }) { name aliases description } }
            """, new { id })).GetProperty("updateActor");
        Assert.Equal("Anne Envoy", updated.Str("name"));
        Assert.Equal(["Envoy"], updated.GetProperty("aliases").Items().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_unknown_id_is_named_and_nothing_is_written()
    {
        var before = await CountAsync("""{ draft(id: "japan-sanctions-resolution") { positions { id } } }""", "draft", "positions");
        var error = await Api.ErrorAsync("""
            mutation { recordPosition(input: { actorId: "atlantis", draftId: "japan-sanctions-resolution", stance: BACKS,
              evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """);
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Contains("'actorId'", error.Message());
        Assert.Contains("atlantis", error.Message());
        Assert.Equal(before, await CountAsync("""{ draft(id: "japan-sanctions-resolution") { positions { id } } }""", "draft", "positions"));
    }

    [Fact]
    public async Task A_statement_whose_subject_is_unknown_writes_neither_it_nor_its_new_source()
    {
        var source = NewId("report");
        var error = await Api.ErrorAsync("""
            mutation($source: ID!) { recordStatement(input: { speakerId: "japan", kind: PARAPHRASE, text: "Something.",
              aboutIds: ["no-such-draft"], source: { id: $source, title: "A report" } }) { id } }
            """, new { source });
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Contains("no-such-draft", error.Message());
        var data = await Api.QueryAsync("query($id: ID!) { source(id: $id) { id } }", new { id = source });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("source").ValueKind);
    }

    [Theory]
    [InlineData("2006-13-01")]
    [InlineData("July 8")]
    [InlineData("2006-02-30")]
    public async Task A_malformed_date_is_refused_with_the_value_named(string date)
    {
        var before = await CountAsync("""{ draft(id: "japan-sanctions-resolution") { positions { id } } }""", "draft", "positions");
        var error = await Api.ErrorAsync("""
            mutation($since: Date) { recordPosition(input: { actorId: "ghana", draftId: "japan-sanctions-resolution", stance: BACKS, since: $since,
              evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { since = date });
        Assert.Contains(date, error.Message());
        Assert.Contains("YYYY-MM-DD", error.Message());
        Assert.Equal(before, await CountAsync("""{ draft(id: "japan-sanctions-resolution") { positions { id } } }""", "draft", "positions"));
    }

    [Fact]
    public async Task An_end_before_its_start_is_refused()
    {
        var error = await Api.ErrorAsync("""
            mutation { recordPosition(input: { actorId: "ghana", draftId: "japan-sanctions-resolution", stance: BACKS,
              since: "2006-07-10", until: "2006-07-01", evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """);
        Assert.Equal("DATE_ORDER", error.Code());
        Assert.Contains("2006-07-01", error.Message());

        var ending = await Api.ErrorAsync("""mutation { endPosition(id: "position-japan-sponsors-japan-sanctions-resolution", until: "2006-07-01") { id } }""");
        Assert.Equal("DATE_ORDER", ending.Code());
    }

    [Fact]
    public async Task Ending_what_already_ended_or_does_not_exist_is_refused()
    {
        var ended = await Api.ErrorAsync("""mutation { endPosition(id: "position-japan-sponsors-japan-sanctions-resolution-earlier", until: "2006-08-01") { id } }""");
        Assert.Equal("BAD_USER_INPUT", ended.Code());
        Assert.Contains("already ended on 2006-07-07", ended.Message());
        var missing = await Api.ErrorAsync("""mutation { endMembership(id: "no-such-membership", until: "2006-08-01") { id } }""");
        Assert.Equal("NOT_FOUND", missing.Code());
    }

    [Fact]
    public async Task A_duplicate_id_is_refused_whatever_kind_of_node_holds_it()
    {
        var error = await Api.ErrorAsync("""mutation { createDraft(input: { id: "japan", kind: RESOLUTION, title: "Another" }) { id } }""");
        Assert.Equal("DUPLICATE_ID", error.Code());
        Assert.Contains("'japan'", error.Message());
        var japan = (await Api.QueryAsync("""{ node(id: "japan") { __typename } }""")).GetProperty("node");
        Assert.Equal("Actor", japan.Str("__typename"));
    }

    [Fact]
    public async Task A_missing_field_is_named()
    {
        var error = await Api.ErrorAsync("""mutation { createActor(input: { id: "nameless", kind: STATE }) { id } }""");
        Assert.Contains("name", error.Message());
        var blank = await Api.ErrorAsync("""mutation { createActor(input: { id: "blank-name", kind: STATE, name: "   " }) { id } }""");
        Assert.Equal("BAD_USER_INPUT", blank.Code());
        Assert.Contains("'name'", blank.Message());
    }

    [Theory]
    [InlineData("Japan")]
    [InlineData("japan ")]
    [InlineData("robert'); DROP TABLE actor;--")]
    public async Task An_id_that_is_not_a_slug_is_refused(string id)
    {
        var error = await Api.ErrorAsync("mutation($id: ID!) { createActor(input: { id: $id, kind: STATE, name: \"X\" }) { id } }", new { id });
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("slug", error.Message());
    }

    [Fact]
    public async Task Hostile_text_is_stored_and_returned_exactly()
    {
        var id = NewId("state");
        const string name = "O'Brien \"Land\"; DROP TABLE actor; -- \\ \u00e9\u6771\u4eac";
        var created = (await Api.QueryAsync("mutation($id: ID!, $name: String!) { createActor(input: { id: $id, kind: STATE, name: $name }) { name } }",
            new { id, name })).GetProperty("createActor");
        Assert.Equal(name, created.Str("name"));
        var found = (await Api.QueryAsync("query($s: String) { actors(search: $s) { nodes { id } } }", new { s = "O'Brien \"Land\"" }))
            .GetProperty("actors").GetProperty("nodes").Items().Select(n => n.Str("id"));
        Assert.Equal([id], found);
        var search = await Api.QueryAsync("""{ statements(search: "\"; DROP TABLE statement; -- NEAR( *") { totalCount } }""");
        Assert.Equal(0, search.GetProperty("statements").GetProperty("totalCount").GetInt32());
    }
}
