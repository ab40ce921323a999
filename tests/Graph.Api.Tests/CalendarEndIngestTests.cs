namespace Graph.Api.Tests;

/// <summary>ingestReport on reports dated at either end of the calendar: read like any other, with what would fall outside
/// the calendar left undated.</summary>
public sealed class CalendarEndIngestTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private const string Ingest = """
        mutation($input: ReportInput!) { ingestReport(input: $input) {
          source { date extractions { subject { __typename ... on Statement { text date reportedOn } } } } } }
        """;

    [Theory]
    // 0001-01-01 is a Monday: yesterday, Sunday, last week fall before it.
    [InlineData("0001-01-01", "Japan said yesterday that it backs the draft resolution. Russia said today that it opposes the draft. " +
        "\"We will vote next week,\" Japanese Foreign Minister Taro Aso said on Sunday. China objected last month and last week.")]
    // 9999-12-31 is a Friday: tomorrow, Saturday, next week fall after it.
    [InlineData("9999-12-31", "Japan said tomorrow that it backs the draft resolution. Russia said today that it opposes the draft. " +
        "\"We will vote next week,\" Japanese Foreign Minister Taro Aso said the talks will begin Saturday. China objected last month.")]
    public async Task A_report_dated_at_an_end_of_the_calendar_is_read_with_its_dates_inside_it(string date, string body)
    {
        foreach (var (text, argument) in new[] { ($"Date: {date}\n---\n{body}\n", (string?)null), ($"{body} (Dated by argument.)\n", date) })
        {
            var source = (await Api.QueryAsync(Ingest, new { input = new { text, date = argument } })).GetProperty("ingestReport").GetProperty("source");
            Assert.Equal(date, source.Str("date"));
            var statements = source.GetProperty("extractions").Items().Select(x => x.GetProperty("subject"))
                .Where(s => s.Str("__typename") == "Statement").ToList();
            Assert.NotEmpty(statements);
            Assert.All(statements, s => Assert.Equal(date, s.Str("reportedOn")));
            // Said "today": the report's day. Said on a day outside the calendar: undated.
            Assert.Contains(statements, s => s.Str("text").Contains("opposes") && s.GetProperty("date").GetString() == date);
            Assert.All(statements, s => Assert.Contains(s.GetProperty("date").GetString(), new[] { null, date }));
        }
    }
}
