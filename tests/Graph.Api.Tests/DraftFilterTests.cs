using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// Issue 17's draft questions, each one request on the seed: filters through positions (ballots as sides) and status
/// history, orders, counts; and the filter's bounds, refused before the store is asked.
/// </summary>
public sealed class DraftFilterTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    /// <summary>Q1: drafts Russia opposed or vetoed (a veto is an opposing ballot) in a window, newest first, with their sponsors.</summary>
    private const string OpposedByRussia = """
        query($from: Date, $to: Date) {
          drafts(where: { positions_SOME: { actor: "russia", stance: OPPOSES, since_GTE: $from, since_LTE: $to } },
                 orderBy: [{ field: TABLED, direction: DESC }]) {
            totalCount nodes { id tabled positions(stance: SPONSORS) { actor { id } } } }
        }
        """;

    /// <summary>Q5: drafts with more than n backers on a day (ballots as sides included) and no final status by then.</summary>
    private const string BackedAndOpen = """
        query($day: Date, $more: Int) {
          drafts(where: {
              positionsAggregate: { where: { stance: BACKS, asOf: $day }, count_GT: $more },
              history_NONE: { status_IN: [ADOPTED, VETOED, WITHDRAWN, SUPERSEDED], asOf: $day } }) {
            totalCount nodes { id status(asOf: $day) positionsAggregate(where: { stance: BACKS, asOf: $day }) { count } } }
        }
        """;

    private static List<string> Ids(JsonElement data) =>
        data.GetProperty("drafts").GetProperty("nodes").Items().Select(n => n.Str("id")).ToList();

    [Fact]
    public async Task Q1_no_draft_was_opposed_by_Russia_between_2010_and_2020_in_the_2006_episode()
    {
        var data = await Api.QueryAsync(OpposedByRussia, new { from = "2010-01-01", to = "2020-12-31" });
        Assert.Equal(0, data.GetProperty("drafts").GetProperty("totalCount").GetInt32());
        Assert.Empty(Ids(data));
    }

    [Fact]
    public async Task Q1_in_2006_Russia_opposed_Japans_draft_sponsored_by_Japan()
    {
        var data = await Api.QueryAsync(OpposedByRussia, new { from = "2006-01-01", to = "2006-12-31" });
        var draft = Assert.Single(data.GetProperty("drafts").GetProperty("nodes").Items());
        Assert.Equal("japan-sanctions-resolution", draft.Str("id"));
        Assert.Equal("2006-07-07", draft.Str("tabled"));
        Assert.Equal(["japan"], draft.GetProperty("positions").Items().Select(p => p.GetProperty("actor").Str("id")));
    }

    [Fact]
    public async Task Drafts_Russia_took_a_side_on_come_newest_first()
    {
        // Russia opposed Japan's draft (tabled 7 July) and backed China's statement (proposed 8 July).
        var data = await Api.QueryAsync("""
            { drafts(where: { positions_SOME: { actor: "russia" } }, orderBy: [{ field: TABLED, direction: DESC }]) { nodes { id } } }
            """);
        Assert.Equal(["china-council-statement", "japan-sanctions-resolution"], Ids(data));
    }

    [Fact]
    public async Task Q5_no_draft_had_more_than_10_backers_while_open()
    {
        // On 14 July Japan's draft had 7 backers; on 15 July the vote's 15 YES ballots made 22, but it was adopted that day.
        Assert.Empty(Ids(await Api.QueryAsync(BackedAndOpen, new { day = "2006-07-14", more = 10 })));
        Assert.Empty(Ids(await Api.QueryAsync(BackedAndOpen, new { day = "2006-07-15", more = 10 })));
    }

    [Fact]
    public async Task Q5_with_more_than_5_backers_Japans_draft_is_open_on_14_July()
    {
        var data = await Api.QueryAsync(BackedAndOpen, new { day = "2006-07-14", more = 5 });
        var draft = Assert.Single(data.GetProperty("drafts").GetProperty("nodes").Items());
        Assert.Equal("japan-sanctions-resolution", draft.Str("id"));
        Assert.Equal("VOTE_POSTPONED", draft.Str("status"));
        Assert.Equal(7, draft.GetProperty("positionsAggregate").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Q7_only_Japans_draft_has_alternatives_proposed_by_a_permanent_member()
    {
        // China proposed its statement and France its two-step approach, both alternatives to Japan's draft; no permanent
        // member proposed Japan's draft, the alternative to each of them (ALTERNATIVE_TO reads both ways).
        var data = await Api.QueryAsync("""
            { drafts(where: { alternatives_SOME: { positions_SOME: { stance: PROPOSES, actorMemberOf: "permanent-five" } } }) {
                totalCount nodes { id alternatives { id } } } }
            """);
        var draft = Assert.Single(data.GetProperty("drafts").GetProperty("nodes").Items());
        Assert.Equal("japan-sanctions-resolution", draft.Str("id"));
        Assert.Equal(["china-council-statement", "france-two-step-approach"], draft.GetProperty("alternatives").Items().Select(a => a.Str("id")).Order());
        // The six-party talks count China (since 2003) but not France: Japan's draft through China's statement alone.
        Assert.Equal(["japan-sanctions-resolution"], Ids(await Api.QueryAsync("""
            { drafts(where: { alternatives_SOME: { positions_SOME: { stance: PROPOSES, actorMemberOf: "six-party-talks" } } }) { nodes { id } } }
            """)));
        Assert.Empty(Ids(await Api.QueryAsync("""
            { drafts(where: { alternatives_SOME: { id: "france-two-step-approach", positions_SOME: { stance: PROPOSES, actorMemberOf: "six-party-talks" } } }) { nodes { id } } }
            """)));
    }

    [Fact]
    public async Task Ballots_count_as_backers_from_the_vote_on()
    {
        var data = await Api.QueryAsync("""
            { drafts(where: { positionsAggregate: { where: { stance: BACKS, asOf: "2006-07-15" }, count_GT: 10 } }) {
                totalCount nodes { id positionsAggregate(where: { stance: BACKS, asOf: "2006-07-15" }) { count } } } }
            """);
        var draft = Assert.Single(data.GetProperty("drafts").GetProperty("nodes").Items());
        Assert.Equal("japan-sanctions-resolution", draft.Str("id"));
        Assert.Equal(22, draft.GetProperty("positionsAggregate").GetProperty("count").GetInt32()); // 7 backers and 15 YES ballots
    }

    [Fact]
    public async Task Operators_and_or_not_and_the_order_keep_to_the_seed()
    {
        var data = await Api.QueryAsync("""
            { drafts(where: { OR: [{ kind: PROPOSAL }, { title_CONTAINS: "China" }], NOT: { id_IN: ["japan-sanctions-resolution"] } },
                     orderBy: [{ field: ID, direction: DESC }], first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
            """);
        Assert.Equal(2, data.GetProperty("drafts").GetProperty("totalCount").GetInt32());
        Assert.Equal(["france-two-step-approach"], Ids(data));
        var after = data.GetProperty("drafts").GetProperty("pageInfo").Str("endCursor");
        var next = await Api.QueryAsync("""
            query($after: String) { drafts(where: { OR: [{ kind: PROPOSAL }, { title_CONTAINS: "China" }] }, orderBy: [{ field: ID, direction: DESC }],
                first: 1, after: $after) { nodes { id } } }
            """, new { after });
        Assert.Equal(["china-council-statement"], Ids(next));
    }

    [Fact]
    public async Task A_page_of_drafts_counts_its_positions_in_one_store_call()
    {
        var result = await Api.PostAsync("""
            { drafts(orderBy: [{ field: ID }]) { nodes { id positionsAggregate(where: { stance_IN: [BACKS, SPONSORS] }) { count } } } }
            """);
        var counts = result.GetProperty("data").GetProperty("drafts").GetProperty("nodes").Items()
            .ToDictionary(n => n.Str("id"), n => n.GetProperty("positionsAggregate").GetProperty("count").GetInt32());
        // Japan's draft: Japan sponsors, 7 back, 15 YES ballots; the earlier versions: Japan sponsored; China's statement: Russia backs.
        Assert.Equal(new Dictionary<string, int>
        {
            ["china-council-statement"] = 1, ["france-two-step-approach"] = 0, ["japan-sanctions-resolution"] = 23, ["japan-sanctions-resolution-earlier"] = 1,
        }, counts);
        Assert.Equal(2, result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32()); // the page, then the counts
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "deep NOT", "{ drafts(where: " + string.Concat(Enumerable.Repeat("{ NOT: ", 7)) + "{ id: \"x\" }" + new string('}', 7) + ") { totalCount } }" },
        { "long _IN", "{ drafts(where: { id_IN: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"d{i}\"")) + "] }) { totalCount } }" },
        { "many OR", "{ drafts(where: { OR: [" + string.Join(", ", Enumerable.Range(0, 70).Select(i => $"{{ id: \"d{i}\" }}")) + "] }) { totalCount } }" },
        { "many relationships", "{ drafts(where: { AND: [" + string.Join(", ", Enumerable.Range(0, 9).Select(i => $"{{ positions_SOME: {{ actor: \"a{i}\" }} }}")) + "] }) { totalCount } }" },
        { "alternatives in alternatives", "{ drafts(where: " + string.Concat(Enumerable.Repeat("{ alternatives_SOME: ", 7)) + "{ id: \"x\" }" + new string('}', 7) + ") { totalCount } }" },
        { "long _IN in a count", "{ drafts(first: 1) { nodes { positionsAggregate(where: { actor_IN: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"a{i}\"")) + "] }) { count } } } }" },
        // The actor filter (ActorFilterTests) is held to the same bounds.
        { "actors: deep NOT", "{ actors(where: " + string.Concat(Enumerable.Repeat("{ NOT: ", 7)) + "{ id: \"x\" }" + new string('}', 7) + ") { totalCount } }" },
        { "actors: long _IN", "{ actors(where: { id_IN: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"a{i}\"")) + "] }) { totalCount } }" },
        { "actors: drafts through positions through drafts", "{ actors(where: { positions_SOME: " + string.Concat(Enumerable.Repeat("{ onDraft: { positions_SOME: ", 5)) +
            "{ stance: BACKS }" + new string('}', 10) + " }) { totalCount } }" },
        { "actors: positions preceded by positions", "{ actors(where: { positions_SOME: " + string.Concat(Enumerable.Repeat("{ precededBy: ", 9)) +
            "{ stance: BACKS }" + new string('}', 9) + " }) { totalCount } }" },
        { "actors: long draft_IN in a count", "{ actors(first: 1) { nodes { positionsAggregate(where: { draft_IN: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"d{i}\"")) + "] }) { count } } } }" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_oversized_filter_is_refused_naming_the_bound_before_the_store_is_asked(string shape, string query)
    {
        var result = await Api.PostAsync(query);
        var error = result.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Matches("at most|more than", error.Message());
        // The count field's page of drafts is read first; a filter on the root field stops everything.
        Assert.Equal(shape.Contains("count", StringComparison.Ordinal) ? 1 : 0, result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32());
    }

    [Fact]
    public async Task Search_with_where_is_refused_naming_the_operator_to_use()
    {
        var error = await Api.ErrorAsync("""{ drafts(search: "draft", where: { kind: RESOLUTION }) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("title_CONTAINS", error.Message(), StringComparison.Ordinal);
    }
}
