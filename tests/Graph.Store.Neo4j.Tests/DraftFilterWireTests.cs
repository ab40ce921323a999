using System.Text.Json;
using Graph.Core;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Tests;

/// <summary>Draft filters over the real transport, against the fake Query API: typed parameters out, typed answers back; and the start refusing incomplete parts.</summary>
public sealed class DraftFilterWireTests
{
    private static string Typed(string type, string? value) => $$"""{ "$type": "{{type}}", "_value": {{(value is null ? "null" : $"\"{value}\"")}} }""";

    [Fact]
    public async Task A_query_travels_as_one_request_with_typed_parameters_and_its_typed_answer_is_read_as_a_page()
    {
        var draft = $$"""
            { "$type": "Map", "_value": { "id": {{Typed("String", "draft-a")}}, "kind": {{Typed("String", "PROPOSAL")}},
              "title": {{Typed("String", "Two steps")}}, "description": {{Typed("Null", null)}}, "forumId": {{Typed("String", "un-security-council")}},
              "subjectId": {{Typed("Null", null)}} } }
            """;
        var answer = $$"""
            { "data": { "fields": ["total", "page"], "values": [[ {{Typed("Integer", "3")}}, { "$type": "List", "_value": [ {{draft}} ] } ]] },
              "bookmarks": [] }
            """;
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(answer));
        await using var store = new Neo4jGraphStore(new QueryApiTransport(new QueryApiOptions(server.BaseAddress)), new CypherStatements(CypherStatements.DefaultFolder));

        var page = await store.QueryDraftsAsync(new DraftQuery(new DraftWhere
        {
            KindIn = [DraftKind.Proposal], PositionsAggregate = new PositionCountWhere { Where = new PositionWhere { AsOf = new DateOnly(2006, 7, 15) }, CountGt = 10 },
        }), new PageRequest(1, null));

        Assert.Equal(3, page.TotalCount);
        Assert.Equal([new Draft("draft-a", DraftKind.Proposal, "Two steps", "un-security-council", null)], page.Items);
        var parameters = Assert.Single(server.Requests).Json.GetProperty("parameters");
        var expected = $$"""
            { "w0": { "$type": "List", "_value": [ {{Typed("String", "PROPOSAL")}} ] }, "w1": {{Typed("Date", "2006-07-15")}},
              "w2": {{Typed("Integer", "10")}}, "offset": {{Typed("Integer", "0")}}, "first": {{Typed("Integer", "1")}} }
            """;
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, parameters), parameters.ToString());
    }

    [Fact]
    public void Every_part_in_cypher_filters_is_one_a_translator_composes()
    {
        var parts = new CypherStatements(CypherStatements.DefaultFolder).Filters;
        Assert.Empty(parts.All.Except(CypherStatements.RequiredParts()));
        Assert.Empty(CypherStatements.RequiredParts().Except(parts.All));
    }

    [Fact]
    public void The_start_fails_when_a_part_or_a_file_of_cypher_filters_is_missing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graph-cypher-filters", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "cypher", "filters")))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var status = Path.Combine(folder, "status-where.cypher");
            File.WriteAllText(status, File.ReadAllText(status).Replace("// [StatusIn]", "// StatusIn", StringComparison.Ordinal));
            var noPart = Assert.Throws<InvalidDataException>(() => new CypherStatements(CypherStatements.DefaultFolder, folder));
            Assert.Equal("Cypher filter parts missing: status-where.cypher [StatusIn].", noPart.Message);

            File.Delete(Path.Combine(folder, "draft-order.cypher"));
            var noFile = Assert.Throws<FileNotFoundException>(() => new CypherStatements(CypherStatements.DefaultFolder, folder));
            Assert.Equal($"Cypher filter parts missing from {folder}: draft-order.", noFile.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
