using Graph.Ingest;

namespace Graph.Api.Tests;

/// <summary>
/// The reader of reports keeps its own copy of whom each person speaks for; a role retracted through the API must reach
/// it, or the next report credits the person's stance to a state they no longer speak for.
/// </summary>
public sealed class RoleRetractionIngestTests
{
    private const string Ingest = """
        mutation($input: ReportInput!) { ingestReport(input: $input) { source { id extractions { subjectId } } } }
        """;

    private static string Report(string day, string weekday) =>
        $"Title: Aso on the draft, {weekday}\nDate: 2006-07-{day}\nOutlet: Kyodo News\n---\n" +
        $"TOKYO - Taro Aso said on {weekday} that he backs the draft resolution on North Korea.\n";

    private static async Task<HashSet<string>> JapansPositionsAsync(ApiHost api) =>
        (await api.QueryAsync("""{ actor(id: "japan") { positions { id } } }""")).GetProperty("actor").GetProperty("positions")
            .Items().Select(p => p.Str("id")).ToHashSet();

    private static async Task<IReadOnlyList<string>> ReadAsync(ApiHost api, string text) =>
        (await api.QueryAsync(Ingest, new { input = new { text } })).GetProperty("ingestReport").GetProperty("source")
            .GetProperty("extractions").Items().Select(x => x.Str("subjectId")).ToList();

    [Fact]
    public async Task After_a_role_is_retracted_the_next_report_no_longer_reads_the_person_as_speaking_for_the_state()
    {
        await using var api = ApiHost.Start();
        var first = await ReadAsync(api, Report("20", "Thursday"));
        Assert.Contains(first, (await JapansPositionsAsync(api)).Contains); // while the role holds, Aso's stance is Japan's

        var role = (await api.QueryAsync("""{ actor(id: "taro-aso") { represents { id represents { id } } } }"""))
            .GetProperty("actor").GetProperty("represents").Items().Single(r => r.GetProperty("represents").Str("id") == "japan").Str("id");
        await api.QueryAsync("""mutation($id: ID!) { retractRole(id: $id, reason: "Left office") { id } }""", new { id = role });

        var second = await ReadAsync(api, Report("21", "Friday"));
        Assert.DoesNotContain(second, (await JapansPositionsAsync(api)).Contains);
    }
}
