namespace Graph.Api.Tests;

/// <summary>The database file outlives the process: curation survives a restart and the seed is not loaded twice.</summary>
public sealed class PersistenceTests
{
    private const string Counts = """
        { actors(first: 0) { totalCount } statements(first: 0) { totalCount } draft(id: "japan-sanctions-resolution") { positions { id } } }
        """;

    [Fact]
    public async Task Data_survives_a_restart_and_the_seed_adds_nothing_the_second_time()
    {
        var host = ApiHost.Start();
        try
        {
            Assert.True(File.Exists(host.DatabasePath));
            var before = (await host.QueryAsync(Counts)).ToString();
            await host.QueryAsync("""mutation { createActor(input: { id: "freedonia", kind: STATE, name: "Freedonia" }) { id } }""");
            await host.QueryAsync("""mutation { updateActor(input: { id: "japan", kind: STATE, name: "Japan", aliases: ["Tokyo", "Nippon"] }) { id } }""");

            host = await host.RestartAsync();

            var after = await host.QueryAsync(Counts);
            Assert.Equal(JsonOf(before, actorsPlus: 1), after.ToString());
            var data = await host.QueryAsync("""{ freedonia: actor(id: "freedonia") { name } japan: actor(id: "japan") { aliases } }""");
            Assert.Equal("Freedonia", data.GetProperty("freedonia").Str("name"));
            Assert.Contains("Nippon", data.GetProperty("japan").GetProperty("aliases").Items().Select(a => a.GetString()));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static string JsonOf(string counts, int actorsPlus)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(counts)!;
        node["actors"]!["totalCount"] = node["actors"]!["totalCount"]!.GetValue<int>() + actorsPlus;
        return System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement.ToString();
    }
}
