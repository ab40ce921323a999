using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>The questions of the July 2006 episode, asked of the seeded graph over HTTP.</summary>
public sealed class SeedQueryTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;
    private const string JapaneseDraft = "japan-sanctions-resolution";

    private async Task<List<(string Actor, string Since, JsonElement Position)>> PositionsAsync(string stance, string? asOf = null)
    {
        var data = await Api.QueryAsync("""
            query($id: ID!, $stance: Stance, $asOf: Date) {
              draft(id: $id) { positions(stance: $stance, asOf: $asOf) {
                stance since actor { id }
                evidence { excerpt source { id kind date } statement { id speaker { id } } } } }
            }
            """, new { id = JapaneseDraft, stance, asOf });
        return data.GetProperty("draft").GetProperty("positions").Items()
            .Select(p => (p.GetProperty("actor").Str("id"), p.Str("since"), p)).ToList();
    }

    [Fact]
    public async Task Japan_sponsors_its_draft()
    {
        var sponsors = await PositionsAsync("SPONSORS");
        Assert.Equal(["japan"], sponsors.Select(s => s.Actor));
        Assert.Equal("2006-07-07", sponsors[0].Since);
    }

    [Fact]
    public async Task Seven_states_back_the_draft_and_each_has_evidence_from_a_report()
    {
        var backers = await PositionsAsync("BACKS");
        Assert.Equal(["denmark", "france", "greece", "peru", "slovakia", "united-kingdom", "united-states"],
            backers.Select(b => b.Actor).Order());
        foreach (var (_, _, position) in backers)
        {
            var evidence = position.GetProperty("evidence").Items().ToList();
            Assert.NotEmpty(evidence);
            Assert.Contains(evidence, e => e.GetProperty("source").Str("kind") == "REPORT");
        }
    }

    [Theory]
    [InlineData("positions(stance: BACKS) { id ...E }", true)] // through a fragment
    [InlineData("positions(stance: BACKS) { id evidence @include(if: $on) { excerpt source { id } } }", true)]
    [InlineData("positions(stance: BACKS) { id evidence @skip(if: $on) { excerpt source { id } } }", false)]
    [InlineData("bare: positions(stance: BACKS) { id } positions(stance: BACKS) { id ev: evidence { excerpt source { id } } }", true)]
    public async Task A_draft_positions_evidence_is_answered_however_it_is_selected(string positions, bool shown)
    {
        // The positions are read without their evidence when the selection, as it executes, does not ask for it.
        var usesOn = positions.Contains("$on");
        var data = await Api.QueryAsync(
            $"query($id: ID!{(usesOn ? ", $on: Boolean!" : "")}) {{ draft(id: $id) {{ {positions} }} }}" +
            (positions.Contains("...E") ? " fragment E on Position { evidence { excerpt source { id } } }" : ""),
            usesOn ? (object)new { id = JapaneseDraft, on = true } : new { id = JapaneseDraft });
        var draft = data.GetProperty("draft");
        var listed = draft.GetProperty("positions").Items().ToList();
        Assert.Equal(7, listed.Count);
        foreach (var position in listed)
        {
            var property = position.TryGetProperty("evidence", out var evidence) ? evidence : position.TryGetProperty("ev", out var aliased) ? aliased : default;
            Assert.Equal(shown, property.ValueKind == JsonValueKind.Array);
            if (shown) Assert.Contains(property.Items(), e => e.GetProperty("source").Str("id") is { Length: > 0 });
        }
    }

    [Fact]
    public async Task China_and_Russia_oppose_the_draft()
    {
        var opposers = await PositionsAsync("OPPOSES");
        Assert.Equal(["china", "russia"], opposers.Select(o => o.Actor).Order());
        var china = opposers.Single(o => o.Actor == "china").Position;
        Assert.Contains(china.GetProperty("evidence").Items(), e =>
            e.GetProperty("statement").ValueKind == JsonValueKind.Object &&
            e.GetProperty("statement").GetProperty("speaker").Str("id") == "jiang-yu");
    }

    [Fact]
    public async Task Backers_as_of_8_July_are_only_those_reported_by_then()
    {
        var backers = await PositionsAsync("BACKS", asOf: "2006-07-08");
        Assert.Equal(["france", "united-kingdom", "united-states"], backers.Select(b => b.Actor).Order());
        var beforeIntroduction = await PositionsAsync("SPONSORS", asOf: "2006-07-06");
        Assert.Empty(beforeIntroduction);
    }

    [Fact]
    public async Task Aso_is_Japans_foreign_minister_and_his_statements_are_dated_8_July()
    {
        var data = await Api.QueryAsync("""
            { actor(id: "taro-aso") {
                name represents { title represents { id } }
                statements { totalCount nodes { date kind text via { id } source { id date } } } } }
            """);
        var aso = data.GetProperty("actor");
        var role = aso.GetProperty("represents").Items().Single();
        Assert.Equal("Foreign Minister", role.Str("title"));
        Assert.Equal("japan", role.GetProperty("represents").Str("id"));
        var statements = aso.GetProperty("statements").GetProperty("nodes").Items().ToList();
        Assert.Equal(3, aso.GetProperty("statements").GetProperty("totalCount").GetInt32());
        Assert.All(statements, s => Assert.Equal("2006-07-08", s.Str("date")));
        Assert.Contains(statements, s => s.Str("kind") == "QUOTE" && s.Str("text").StartsWith("Japan will not give in")
            && s.GetProperty("via").Str("id") == "kyodo-news" && s.GetProperty("source").Str("id") == "cbs-2006-07-08");
    }

    [Fact]
    public async Task Statements_filter_by_speaker_and_date_window()
    {
        var data = await Api.QueryAsync("""
            { statements(speaker: "shinzo-abe", from: "2006-07-12", to: "2006-07-12") { totalCount nodes { id date } } }
            """);
        var nodes = data.GetProperty("statements").GetProperty("nodes").Items().ToList();
        Assert.Equal(["abe-2006-07-12-seek-adoption"], nodes.Select(n => n.Str("id")));
    }

    [Fact]
    public async Task The_alternatives_are_Chinas_statement_and_Frances_two_step_approach_with_their_proposers()
    {
        var data = await Api.QueryAsync("""
            { draft(id: "japan-sanctions-resolution") {
                alternatives { id kind positions(stance: PROPOSES) { actor { id } since } } } }
            """);
        var alternatives = data.GetProperty("draft").GetProperty("alternatives").Items()
            .ToDictionary(a => a.Str("id"), a => a.GetProperty("positions").Items().Select(p => p.GetProperty("actor").Str("id")).ToList());
        Assert.Equal(["china-council-statement", "france-two-step-approach"], alternatives.Keys.Order());
        Assert.Equal(["china"], alternatives["china-council-statement"]);
        Assert.Equal(["france"], alternatives["france-two-step-approach"]);
    }

    [Fact]
    public async Task The_draft_status_follows_its_history()
    {
        var data = await Api.QueryAsync("""
            { draft(id: "japan-sanctions-resolution") { onIntroduction: status(asOf: "2006-07-07") later: status(asOf: "2006-07-11")
                history { status date } } }
            """);
        var draft = data.GetProperty("draft");
        Assert.Equal("VOTE_POSTPONED", draft.Str("later"));
        // Adopted on 15 July as resolution 1695 (the record of the 5490th meeting).
        Assert.Equal(["CIRCULATED", "VOTE_POSTPONED", "VOTE_POSTPONED", "ADOPTED"], draft.GetProperty("history").Items().Select(h => h.Str("status")));
    }

    [Fact]
    public async Task The_draft_is_about_North_Korea_and_was_adopted_on_15_July_by_all_fifteen_members()
    {
        var draft = (await Api.QueryAsync("""
            { draft(id: "japan-sanctions-resolution") { subject { id } votes { date result tally { yes no abstain }
                evidence { source { kind title } } ballots { choice isVeto actor { id kind } } } }
              drafts(subject: "north-korea") { totalCount } }
            """));
        Assert.Equal(4, draft.GetProperty("drafts").GetProperty("totalCount").GetInt32());
        var japanese = draft.GetProperty("draft");
        Assert.Equal("north-korea", japanese.GetProperty("subject").Str("id"));
        var vote = Assert.Single(japanese.GetProperty("votes").Items());
        Assert.Equal(("2006-07-15", "ADOPTED"), (vote.Str("date"), vote.Str("result")));
        Assert.Equal("{\"yes\":15,\"no\":0,\"abstain\":0}", vote.GetProperty("tally").GetRawText());
        Assert.Contains("S/PV.5490", vote.GetProperty("evidence")[0].GetProperty("source").Str("title"));
        var ballots = vote.GetProperty("ballots").Items().ToList();
        Assert.Equal(15, ballots.Count);
        Assert.All(ballots, b => Assert.Equal(("YES", false, "STATE"), (b.Str("choice"), b.GetProperty("isVeto").GetBoolean(),
            b.GetProperty("actor").Str("kind"))));
        Assert.Contains(ballots, b => b.GetProperty("actor").Str("id") == "china");
    }

    [Fact]
    public async Task South_Korea_is_connected_to_the_Japanese_draft_by_a_short_path()
    {
        var data = await Api.QueryAsync("""
            { path(from: "south-korea", to: "japan-sanctions-resolution") { length nodes { id } edges { fromId relation toId } } }
            """);
        var path = data.GetProperty("path");
        var nodes = path.GetProperty("nodes").Items().Select(n => n.Str("id")).ToList();
        var edges = path.GetProperty("edges").Items().ToList();
        Assert.Equal("south-korea", nodes[0]);
        Assert.Equal("japan-sanctions-resolution", nodes[^1]);
        Assert.InRange(path.GetProperty("length").GetInt32(), 1, 3);
        Assert.Equal(nodes.Count - 1, edges.Count);
        for (var i = 0; i < edges.Count; i++) // each edge joins consecutive nodes, in either direction
            Assert.Equal(new[] { nodes[i], nodes[i + 1] }.Order(), new[] { edges[i].Str("fromId"), edges[i].Str("toId") }.Order());
    }

    [Fact]
    public async Task A_path_that_does_not_exist_within_the_hops_is_null()
    {
        var data = await Api.QueryAsync("""{ path(from: "ghana", to: "yang-hyong-sop", maxHops: 1) { length } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("path").ValueKind);
    }

    [Theory]
    [InlineData("Hu Xintao", "hu-jintao")]
    [InlineData("Scheiffer", "j-thomas-schieffer")]
    [InlineData("Pyongyang", "north-korea")]
    [InlineData("Tokyo", "japan")]
    public async Task Names_used_in_the_reports_resolve_to_the_right_actor(string name, string id)
    {
        var data = await Api.QueryAsync("query($s: String) { actors(search: $s) { nodes { id } } }", new { s = name });
        Assert.Equal([id], data.GetProperty("actors").GetProperty("nodes").Items().Select(n => n.Str("id")));
    }

    [Fact]
    public async Task Alliance_members_are_dated()
    {
        var data = await Api.QueryAsync("""
            { alliance(id: "security-council-members") { in2005: members(asOf: "2005-06-01") { actor { id } } in2006: members(asOf: "2006-07-12") { actor { id } } }
              japan: actor(id: "japan") { memberships(asOf: "2006-07-12") { alliance { id } } } }
            """);
        var council = data.GetProperty("alliance");
        Assert.Equal(15, council.GetProperty("in2006").GetArrayLength());
        Assert.DoesNotContain(council.GetProperty("in2005").Items(), m => m.GetProperty("actor").Str("id") == "peru");
        Assert.Equal(["g8", "japan-draft-backers", "security-council-members", "six-party-talks"],
            data.GetProperty("japan").GetProperty("memberships").Items().Select(m => m.GetProperty("alliance").Str("id")).Order());
    }

    [Fact]
    public async Task Actors_page_through_every_actor_exactly_once()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await Api.QueryAsync("query($after: String) { actors(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after })).GetProperty("actors");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("nodes").Items().Select(n => n.Str("id")));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").Str("endCursor") : null;
        } while (after is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(total >= 39, $"expected the seed's actors, got {total}");
    }

    [Fact]
    public async Task A_cursor_the_API_did_not_issue_is_refused()
    {
        var error = await Api.ErrorAsync("""{ actors(after: "not-a-cursor") { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("not-a-cursor", error.Message());
    }

    [Fact]
    public async Task Store_round_trips_depend_on_query_depth_not_on_result_count()
    {
        // The same nested shape over one position (Japan's sponsorship) and over all ten on the draft.
        const string query = """
            query($stance: Stance) { draft(id: "japan-sanctions-resolution") { positions(stance: $stance) {
              draft { title } evidence { source { title } statement { text } }
              actor { name memberships { alliance { name } } statements(first: 5) { nodes { text source { title } about { id } } } } } } }
            """;
        async Task<(int Positions, int RoundTrips)> Ask(string? stance)
        {
            var result = await Api.PostAsync(query, new { stance });
            return (result.GetProperty("data").GetProperty("draft").GetProperty("positions").GetArrayLength(),
                result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32());
        }
        var one = await Ask("SPONSORS");
        var all = await Ask(null);
        Assert.Equal(1, one.Positions);
        Assert.Equal(10, all.Positions);
        // Each loading field costs at most one call per wave (labels plus one per label for 'about'),
        // so the bound follows from the query's shape; ten times the results must not add calls
        // (the request cache may even save some).
        const int loadingFields = 10, nodeLabels = 5;
        Assert.InRange(one.RoundTrips, 1, loadingFields + nodeLabels);
        Assert.InRange(all.RoundTrips, 1, one.RoundTrips);
    }
    [Fact]
    public async Task A_drafts_positions_fetch_their_actors_in_the_same_pass_only_when_the_selection_reads_them()
    {
        async Task<(string Answer, int RoundTrips)> Ask(string selection)
        {
            var result = await Api.PostAsync("{ draft(id: \"japan-sanctions-resolution\") { positions { " + selection + " } } }");
            return (result.GetProperty("data").ToString(), result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32());
        }
        var direct = await Ask("id actor { id name }");
        var inFragment = await Ask("id ...on Position { who: actor { id name } }");
        var skipped = await Ask("id actor @skip(if: true) { id }");
        var unread = await Ask("id");
        // The draft, its positions, their actors: the actors come with the positions, whether named, aliased or in a fragment.
        Assert.Equal(3, direct.RoundTrips);
        Assert.Equal(3, inFragment.RoundTrips);
        Assert.Equal(direct.Answer, inFragment.Answer.Replace("\"who\"", "\"actor\""));
        Assert.Contains("\"name\":\"Japan\"", direct.Answer);
        // An actor that will not execute is not fetched.
        Assert.Equal(unread.RoundTrips, skipped.RoundTrips);
        Assert.Equal(2, unread.RoundTrips);
    }
}
