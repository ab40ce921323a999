namespace Graph.Api.Tests;

/// <summary>ingestReport refuses every control character but tab, line feed, carriage return and form feed, U+0000 included,
/// wherever it is, naming the character and where it is.</summary>
public sealed class ReportControlCharacterTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private const string Ingest = "mutation($input: ReportInput!) { ingestReport(input: $input) { source { id } } }";

    [Theory]
    [InlineData("\u0000Japan said so.", "U+0000 at offset 0 (line 1, column 1)")]
    [InlineData("Japan said so.\u0000", "U+0000 at offset 14 (line 1, column 15)")]
    [InlineData("Japan said so.\nChina\u0000 did not.", "U+0000 at offset 20 (line 2, column 6)")]
    [InlineData("Japan\u0000 said\u0007 so.", "U+0000 at offset 5 (line 1, column 6)")]
    [InlineData("Japan\u0007 said\u0000 so.", "U+0007 at offset 5 (line 1, column 6)")]
    [InlineData("Date: 2006-07-08\n---\nJapan \u001B said so.", "U+001B at offset 27 (line 3, column 7)")]
    [InlineData("Japan said\u0085 so.", "U+0085 at offset 10 (line 1, column 11)")]
    [InlineData("Japan said \u007F so.", "U+007F at offset 11 (line 1, column 12)")]
    public async Task A_control_character_anywhere_is_refused_naming_it_and_where_it_is(string text, string where)
    {
        var sources = await SourceCountAsync();
        var error = await Api.ErrorAsync(Ingest, new { input = new { text, date = "2006-07-08" } });
        Assert.Equal(("BAD_USER_INPUT", $"text: holds the control character {where}; a report must be plain text."), (error.Code(), error.Message()));
        Assert.Equal(sources, await SourceCountAsync());
    }

    [Fact]
    public async Task Tab_line_feed_carriage_return_and_form_feed_are_plain_text()
    {
        var text = "Japan\tsaid on Saturday\r\nthat it backs the draft resolution.\f\n";
        var payload = await Api.QueryAsync(Ingest, new { input = new { text, date = "2006-07-08" } });
        Assert.NotNull(payload.GetProperty("ingestReport").GetProperty("source").Str("id"));
    }

    private async Task<int> SourceCountAsync() =>
        (await Api.QueryAsync("{ sources(first: 0) { totalCount } }")).GetProperty("sources").GetProperty("totalCount").GetInt32();
}
