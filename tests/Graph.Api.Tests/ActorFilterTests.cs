using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// Issue 17's actor questions, each one request on the seed: filters through positions (ballots as sides), their drafts and
/// the same actor's earlier positions; membership; counts per actor and per year (its bounds are refused with the drafts', in
/// DraftFilterTests).
/// </summary>
public sealed class ActorFilterTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    /// <summary>Q2: every actor that backed a draft the sponsor sponsored in a window, with how many such drafts each backed.</summary>
    private const string BackersOfSponsored = """
        query($sponsor: ID, $from: Date, $to: Date) {
          actors(where: { positions_SOME: { stance: BACKS, onDraft: { positions_SOME: { actor: $sponsor, stance: SPONSORS, since_GTE: $from, since_LTE: $to } } } }) {
            totalCount nodes { id
              positionsAggregate(where: { stance: BACKS, onDraft: { positions_SOME: { actor: $sponsor, stance: SPONSORS, since_GTE: $from, since_LTE: $to } } }) { count drafts } } }
        }
        """;

    /// <summary>Q3: how many drafts each member of an alliance opposed, per year, over the whole record.</summary>
    private const string OppositionsByYear = """
        query($alliance: ID) {
          actors(where: { memberOf: $alliance }, orderBy: [{ field: NAME }]) {
            totalCount nodes { id positionsAggregate(where: { stance: OPPOSES }) { drafts byYear { year drafts } } } }
        }
        """;

    /// <summary>Q6: actors whose stance on a draft changed (one stance, then the other), with both positions and their evidence.</summary>
    private const string Changed = """
        query($first: Stance, $then: Stance) {
          actors(where: { positions_SOME: { stance: $then, precededBy: { stance: $first } } }, first: 10) {
            totalCount nodes { id
              positions(where: { stance: $then, precededBy: { stance: $first } }) { id stance since draft { id } evidence { source { id } }
                earlier(where: { stance: $first }) { id stance since evidence { source { id } } } } } }
        }
        """;

    private static List<JsonElement> Nodes(JsonElement data) => data.GetProperty("actors").GetProperty("nodes").Items().ToList();

    private static readonly string[] Council2006 =
    [
        "argentina", "china", "denmark", "france", "ghana", "greece", "japan", "peru", "qatar", "republic-of-the-congo", "russia", "slovakia",
        "tanzania", "united-kingdom", "united-states",
    ];

    [Fact]
    public async Task Q2_nobody_backed_a_draft_France_sponsored_in_2016_in_the_2006_episode()
    {
        var data = await Api.QueryAsync(BackersOfSponsored, new { sponsor = "france", from = "2016-01-01", to = "2016-12-31" });
        Assert.Equal(0, data.GetProperty("actors").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Q2_every_council_member_backed_the_one_draft_Japan_sponsored_in_2006()
    {
        // Seven states backed Japan's draft and all fifteen members voted YES on it; its earlier version's sponsorship is undated.
        var nodes = Nodes(await Api.QueryAsync(BackersOfSponsored, new { sponsor = "japan", from = "2006-01-01", to = "2006-12-31" }));
        Assert.Equal(Council2006, nodes.Select(n => n.Str("id")).Order(StringComparer.Ordinal));
        Assert.All(nodes, n => Assert.Equal(1, n.GetProperty("positionsAggregate").GetProperty("drafts").GetInt32()));
        var counts = nodes.ToDictionary(n => n.Str("id"), n => n.GetProperty("positionsAggregate").GetProperty("count").GetInt32());
        Assert.Equal(2, counts["france"]); // a backing position and a YES ballot, on one draft
        Assert.Equal(1, counts["china"]); // its YES ballot alone
    }

    [Fact]
    public async Task Q3_of_the_permanent_five_China_and_Russia_each_opposed_one_draft_in_2006()
    {
        var nodes = Nodes(await Api.QueryAsync(OppositionsByYear, new { alliance = "permanent-five" }));
        Assert.Equal(["china", "france", "russia", "united-kingdom", "united-states"], nodes.Select(n => n.Str("id")).Order(StringComparer.Ordinal));
        var byYear = nodes.ToDictionary(n => n.Str("id"), n => n.GetProperty("positionsAggregate").GetProperty("byYear").Items()
            .Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("drafts").GetInt32())).ToList());
        Assert.Equal([(2006, 1)], byYear["china"]);
        Assert.Equal([(2006, 1)], byYear["russia"]);
        Assert.Empty(byYear["france"]);
    }

    [Fact]
    public async Task Q6_nobody_backed_then_opposed_a_draft_but_China_and_Russia_opposed_then_voted_for_Japans()
    {
        Assert.Empty(Nodes(await Api.QueryAsync(Changed, new { first = "BACKS", then = "OPPOSES" })));
        var nodes = Nodes(await Api.QueryAsync(Changed, new { first = "OPPOSES", then = "BACKS" }));
        Assert.Equal(["china", "russia"], nodes.Select(n => n.Str("id")).Order(StringComparer.Ordinal));
        foreach (var actor in nodes)
        {
            var after = Assert.Single(actor.GetProperty("positions").Items());
            var before = Assert.Single(after.GetProperty("earlier").Items());
            Assert.Equal(("OPPOSES", "2006-07-07"), (before.Str("stance"), before.Str("since")));
            Assert.Equal(("BACKS", "2006-07-15"), (after.Str("stance"), after.Str("since"))); // the YES ballot, as the side it takes
            Assert.Equal("japan-sanctions-resolution", after.GetProperty("draft").Str("id"));
            Assert.All(new[] { before, after }, p => Assert.NotEmpty(p.GetProperty("evidence").Items()));
        }
    }

    [Fact]
    public async Task A_position_followed_by_another_is_the_earlier_of_the_two()
    {
        var data = await Api.QueryAsync("""
            { actors(where: { id_IN: ["china", "japan"] }, orderBy: [{ field: ID }]) { nodes { id
                positions(where: { followedBy: { stance: BACKS } }) { stance since later(where: { stance: BACKS }) { since } earlier { since } } } } }
            """);
        var nodes = Nodes(data);
        var china = Assert.Single(nodes[0].GetProperty("positions").Items());
        Assert.Equal(("OPPOSES", "2006-07-07"), (china.Str("stance"), china.Str("since")));
        Assert.Equal(["2006-07-15"], china.GetProperty("later").Items().Select(p => p.Str("since")));
        Assert.Empty(china.GetProperty("earlier").Items()); // nothing before its opposition of 7 July
        // Japan sponsored its draft on 7 July and voted YES on it on 15 July.
        var japan = Assert.Single(nodes[1].GetProperty("positions").Items());
        Assert.Equal(("SPONSORS", "2006-07-07"), (japan.Str("stance"), japan.Str("since")));
    }

    [Fact]
    public async Task Operators_and_or_not_and_the_order_keep_to_the_seed()
    {
        var data = await Api.QueryAsync("""
            { actors(where: { OR: [{ name_CONTAINS: "Ch" }, { id_IN: ["russia", "japan"] }], NOT: { kind_IN: [PERSON, MEDIA] } },
                     orderBy: [{ field: ID, direction: DESC }], first: 2) { totalCount nodes { id } } }
            """);
        Assert.Equal(3, data.GetProperty("actors").GetProperty("totalCount").GetInt32());
        Assert.Equal(["russia", "japan"], Nodes(data).Select(n => n.Str("id")));
    }

    [Fact]
    public async Task The_kind_argument_joins_the_filter_and_search_beside_it_is_refused_naming_the_operator_to_use()
    {
        var data = await Api.QueryAsync("""{ actors(kind: STATE, where: { memberOf: "permanent-five", name_CONTAINS: "United" }) { nodes { id } } }""");
        Assert.Equal(["united-kingdom", "united-states"], Nodes(data).Select(n => n.Str("id")));
        var people = Nodes(await Api.QueryAsync("""{ actors(kind: PERSON, where: { name_CONTAINS: "a" }, first: 100) { nodes { kind } } }"""));
        var anyone = Nodes(await Api.QueryAsync("""{ actors(where: { name_CONTAINS: "a" }, first: 100) { nodes { kind } } }"""));
        Assert.All(people, n => Assert.Equal("PERSON", n.Str("kind")));
        Assert.True(people.Count > 0 && people.Count < anyone.Count);
        var error = await Api.ErrorAsync("""{ actors(search: "Tokyo", where: { kind: STATE }) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("name_CONTAINS", error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actors_positions_by_a_filter_include_its_ballots_and_refuse_the_fixed_arguments_beside_it()
    {
        var data = await Api.QueryAsync("""
            { actor(id: "china") { positions(where: { draft: "japan-sanctions-resolution" }) { stance since } } }
            """);
        // China opposed Japan's draft, then voted YES on it: its ballot as the side it takes.
        Assert.Equal([("OPPOSES", "2006-07-07"), ("BACKS", "2006-07-15")],
            data.GetProperty("actor").GetProperty("positions").Items().Select(p => (p.Str("stance"), p.Str("since"))));
        var error = await Api.ErrorAsync("""{ actor(id: "china") { positions(stance: OPPOSES, where: { draft: "japan-sanctions-resolution" }) { id } } }""");
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("where: { stance", error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_actors_reads_its_counts_and_its_positions_in_one_store_call_each()
    {
        var result = await Api.PostAsync("""
            { actors(where: { memberOf: "permanent-five" }) { nodes { id positionsAggregate { count } positions(where: { stance: OPPOSES }) { id } } } }
            """);
        var nodes = result.GetProperty("data").GetProperty("actors").GetProperty("nodes").Items().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.Equal(3, result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32()); // the page, the counts, the positions
    }
}
