using Graph.Core;
using Graph.Ingest;

namespace Graph.Ingest.Tests;

/// <summary>Relative dates in a report dated at either end of the calendar: those that would fall outside it are not resolved, the rest are.</summary>
public sealed class CalendarEndTests
{
    private static readonly Lexicon Lexicon = Lexicon.Load();

    private static IReadOnlyList<ExtractedDate> Dates(string date, string body) =>
        new Extractor(Lexicon).Extract(ReportReader.FromText("r.txt", $"Date: {date}\n---\n{body}"),
            ActorIndex.Build(Lexicon, [], new Dictionary<string, Role>())).Dates;

    [Fact]
    public void At_the_first_day_what_falls_before_it_is_not_resolved()
    {
        // 0001-01-01 is a Monday.
        var dates = Dates("0001-01-01", "Japan said yesterday that it would vote today. China objected last week and last month, " +
            "on Sunday, and on Dec. 20; Russia speaks this week, next week and tomorrow.");
        Assert.Equal(
            ["today=0001-01-01", "this week=0001-W01", "next week=0001-W02", "tomorrow=0001-01-02"],
            dates.Select(d => $"{d.Text}={d.Value}"));
    }

    [Fact]
    public void At_the_last_day_what_falls_after_it_is_not_resolved()
    {
        // 9999-12-31 is a Friday.
        var dates = Dates("9999-12-31", "Japan said yesterday that it would vote today. China objected last week and last month; " +
            "Russia speaks this week, next week and tomorrow, and the vote will be held Saturday or on Jan. 5.");
        Assert.Equal(
            ["yesterday=9999-12-30", "today=9999-12-31", "last week=9999-W51", "this week=9999-W52"],
            dates.Select(d => $"{d.Text}={d.Value}"));
    }

    [Fact]
    public void A_year_the_calendar_does_not_have_is_not_resolved()
    {
        var dates = Dates("2006-07-08", "Japan recalled 5 July 0000 and July 6, 2006.");
        Assert.Equal(["July 6, 2006=2006-07-06"], dates.Select(d => $"{d.Text}={d.Value}"));
    }
}
