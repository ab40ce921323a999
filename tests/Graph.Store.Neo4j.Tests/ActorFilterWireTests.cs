using Graph.Core;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Tests;

/// <summary>An actor's counts and positions over the real transport, against the fake Query API: typed answers (null years, dates, integers) read back.</summary>
public sealed class ActorFilterWireTests
{
    private static string Typed(string type, string? value) => $$"""{ "$type": "{{type}}", "_value": {{(value is null ? "null" : $"\"{value}\"")}} }""";

    private static string Strings(params string[] values) => $$"""{ "$type": "List", "_value": [ {{string.Join(", ", values.Select(v => Typed("String", v)))}} ] }""";

    private static async Task<T> AskAsync<T>(string fields, string rows, Func<Neo4jGraphStore, Task<T>> read)
    {
        var answer = $$"""{ "data": { "fields": {{fields}}, "values": [ {{rows}} ] }, "bookmarks": [] }""";
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(answer));
        await using var store = new Neo4jGraphStore(new QueryApiTransport(new QueryApiOptions(server.BaseAddress)), new CypherStatements(CypherStatements.DefaultFolder));
        var found = await read(store);
        Assert.Single(server.Requests);
        return found;
    }

    [Fact]
    public async Task Counts_per_year_travel_as_one_request_the_undated_year_as_null()
    {
        var counts = await AskAsync("""["actorId", "year", "count", "drafts"]""",
            $"[ {Typed("String", "france")}, {Typed("Null", null)}, {Typed("Integer", "1")}, {Strings("draft-a")} ], " +
            $"[ {Typed("String", "france")}, {Typed("Integer", "2016")}, {Typed("Integer", "2")}, {Strings("draft-a", "draft-b")} ]",
            store => store.AggregatePositionsAsync(["france"], new PositionWhere { Stance = Stance.Backs }));

        Assert.Equal((3, 2), (counts["france"].Count, counts["france"].Drafts));
        Assert.Equal([new YearCount(null, 1, 1), new YearCount(2016, 2, 2)], counts["france"].ByYear);
    }

    [Fact]
    public async Task Positions_travel_as_one_request_with_their_dates_and_evidence()
    {
        var position = $$"""
            { "$type": "Map", "_value": { "id": {{Typed("String", "pos-1")}}, "actorId": {{Typed("String", "france")}},
              "draftId": {{Typed("String", "draft-a")}}, "stance": {{Typed("String", "OPPOSES")}}, "since": {{Typed("Date", "2016-03-01")}},
              "until": {{Typed("Null", null)}}, "evidenceSources": {{Strings("report-1")}}, "evidenceStatements": {{Strings("")}},
              "evidenceExcerpts": {{Strings("opposed it")}} } }
            """;
        var found = await AskAsync("""["actorId", "position"]""", $"[ {Typed("String", "france")}, {position} ]",
            store => store.FindPositionsAsync(["france"], null));

        var p = Assert.Single(found["france"]);
        Assert.Equal(("pos-1", Stance.Opposes, (DateOnly?)new DateOnly(2016, 3, 1), (DateOnly?)null), (p.Id, p.Stance, p.Since, p.Until));
        Assert.Equal(new Evidence("report-1", null, "opposed it"), Assert.Single(p.Evidence));
    }
}
