using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// Issue 17's statement questions, each one request on the seed: whom a speaker represents on the day, with a search, in
/// an order, a page at a time; and the filter's bounds, refused before the store is asked.
/// </summary>
public sealed class StatementFilterTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    /// <summary>Q4: quotes (not paraphrases) by officials who represent a state, about a draft, in a window, with their sources.</summary>
    private const string QuotesOnTheDraft = """
        query($kind: StatementKind, $from: Date, $to: Date) {
          statements(where: { kind: $kind, speakerKind: PERSON, speakerRepresents: "china", about: "japan-sanctions-resolution",
                              date_GTE: $from, date_LTE: $to }, orderBy: [{ field: DATE }]) {
            totalCount nodes { id date kind speaker { id } source { id title date } } }
        }
        """;

    /// <summary>Q8: statements matching a search, by speakers of a state on the day, newest first, a page at a time.</summary>
    private const string SearchByState = """
        query($q: String, $state: ID, $after: String) {
          statements(search: $q, where: { speakerRepresents: $state }, orderBy: [{ field: DATE, direction: DESC }], first: 3, after: $after) {
            pageInfo { hasNextPage endCursor } nodes { id date } }
        }
        """;

    private static List<string> Ids(JsonElement data) =>
        data.GetProperty("statements").GetProperty("nodes").Items().Select(n => n.Str("id")).ToList();

    [Fact]
    public async Task Q4_no_Chinese_official_is_quoted_on_Japans_draft_in_July_2006()
    {
        var data = await Api.QueryAsync(QuotesOnTheDraft, new { kind = "QUOTE", from = "2006-07-01", to = "2006-07-31" });
        Assert.Equal(0, data.GetProperty("statements").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Q4_as_a_paraphrase_Jiang_Yu_speaks_for_China_on_Japans_draft_with_her_source()
    {
        var data = await Api.QueryAsync(QuotesOnTheDraft, new { kind = "PARAPHRASE", from = "2006-07-01", to = "2006-07-31" });
        var statement = Assert.Single(data.GetProperty("statements").GetProperty("nodes").Items());
        Assert.Equal("jiang-yu-2006-07-11-overreacting", statement.Str("id"));
        Assert.Equal("jiang-yu", statement.GetProperty("speaker").Str("id"));
        Assert.Equal("voa-2006-07-11", statement.GetProperty("source").Str("id"));
        // Outside the window, nothing.
        Assert.Empty(Ids(await Api.QueryAsync(QuotesOnTheDraft, new { kind = "PARAPHRASE", from = "2006-07-12", to = "2006-07-31" })));
    }

    [Fact]
    public async Task Q8_Japans_statements_on_the_resolution_come_newest_first_three_at_a_time()
    {
        var pages = new List<List<string>>();
        string? after = null;
        for (var more = true; more;)
        {
            var data = await Api.QueryAsync(SearchByState, new { q = "resolution", state = "japan", after });
            pages.Add(Ids(data));
            var info = data.GetProperty("statements").GetProperty("pageInfo");
            more = info.GetProperty("hasNextPage").GetBoolean();
            after = info.Str("endCursor");
        }
        // Japan and its officials (Aso, Abe), each on the day; the id breaks the ties of 8 July.
        Assert.Equal([
            ["abe-2006-07-12-seek-adoption", "abe-2006-07-11-strong-message", "aso-2006-07-08-hold-on-until-the-end"],
            ["aso-2006-07-08-no-compromise", "aso-2006-07-08-will-not-give-in", "japan-2006-07-08-negotiations-positive"],
            ["japan-2006-07-08-vote-as-soon-as-possible"],
        ], pages);
    }

    [Fact]
    public async Task The_fixed_arguments_join_the_filter_and_a_search_keeps_its_order_without_orderBy()
    {
        var data = await Api.QueryAsync("""
            { statements(speaker: "taro-aso", search: "resolution", where: { kind: QUOTE }) { totalCount nodes { id } } }
            """);
        Assert.Equal(2, data.GetProperty("statements").GetProperty("totalCount").GetInt32());
        Assert.Equal(["aso-2006-07-08-hold-on-until-the-end", "aso-2006-07-08-will-not-give-in"], Ids(data));
    }

    [Fact]
    public async Task Operators_and_or_not_keep_to_the_seed()
    {
        // South Korea's and its spokesman's statements are undated: they have the report's date, 11 July.
        var data = await Api.QueryAsync("""
            { statements(where: { speakerRepresents: "south-korea", OR: [{ kind: QUOTE }, { text_CONTAINS: "Tokyo" }], NOT: { date_LTE: "2006-07-10" } },
                         orderBy: [{ field: ID, direction: DESC }]) { totalCount nodes { id } } }
            """);
        Assert.Equal(["south-korea-2006-07-11-reckless"], Ids(data));
        // Of the states that spoke, only Japan sat on the Security Council in 2006.
        Assert.Equal(["japan-2006-07-11-continue-to-press", "japan-2006-07-08-negotiations-positive", "japan-2006-07-08-vote-as-soon-as-possible"],
            Ids(await Api.QueryAsync("""{ statements(where: { speakerMemberOf: "security-council-members", speakerKind: STATE }) { nodes { id } } }""")));
    }

    [Theory]
    [InlineData("{ statements(where: { kind: QUOTE }, first: 1) { totalCount nodes { id } } }")]
    [InlineData("{ statements(where: { kind: QUOTE }, first: 1) { quotes: totalCount } }")]
    [InlineData("{ statements(where: { kind: QUOTE }, first: 1) { ...Total } } fragment Total on StatementConnection { totalCount }")]
    public async Task TotalCount_asked_for_in_any_way_counts_every_match(string query)
    {
        // Shiozaki, Aso and Abe twice each, Koizumi once, Schieffer twice.
        var total = (await Api.QueryAsync(query)).GetProperty("statements").EnumerateObject().Single(p => p.Name != "nodes").Value.GetInt32();
        Assert.Equal(9, total);
    }

    [Fact]
    public async Task Without_totalCount_a_page_still_says_whether_another_follows()
    {
        var info = (await Api.QueryAsync("""{ statements(where: { kind: QUOTE }, first: 8) { pageInfo { hasNextPage } } }"""))
            .GetProperty("statements").GetProperty("pageInfo");
        Assert.True(info.GetProperty("hasNextPage").GetBoolean());
        var last = (await Api.QueryAsync("""{ statements(where: { kind: QUOTE }, first: 9) { pageInfo { hasNextPage } } }"""))
            .GetProperty("statements").GetProperty("pageInfo");
        Assert.False(last.GetProperty("hasNextPage").GetBoolean());
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "deep NOT", "{ statements(where: " + string.Concat(Enumerable.Repeat("{ NOT: ", 7)) + "{ id: \"x\" }" + new string('}', 7) + ") { totalCount } }" },
        { "long _IN", "{ statements(where: { speaker_IN: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"a{i}\"")) + "] }) { totalCount } }" },
        { "many OR", "{ statements(where: { OR: [" + string.Join(", ", Enumerable.Range(0, 70).Select(i => $"{{ about: \"d{i}\" }}")) + "] }) { totalCount } }" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_oversized_filter_is_refused_naming_the_bound_before_the_store_is_asked(string shape, string query)
    {
        _ = shape;
        var result = await Api.PostAsync(query);
        var error = result.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Matches("at most|more than", error.Message());
        Assert.Equal(0, result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32());
    }
}
