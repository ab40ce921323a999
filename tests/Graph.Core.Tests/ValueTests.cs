using Graph.Core;

namespace Graph.Core.Tests;

public sealed class ValueTests
{
    [Theory]
    [InlineData(null, null, "2006-07-08", true)]
    [InlineData("2006-07-07", null, "2006-07-07", true)]
    [InlineData("2006-07-08", null, "2006-07-07", false)]
    [InlineData(null, "2006-07-07", "2006-07-07", false)] // until is the first day it no longer holds
    [InlineData(null, "2006-07-07", "2006-07-06", true)]
    public void A_fact_holds_from_since_up_to_until(string? since, string? until, string asOf, bool holds) =>
        Assert.Equal(holds, Dates.Holds(Parse(since), Parse(until), Parse(asOf)));

    private static DateOnly? Parse(string? s) => s is null ? null : DateParsing.Parse(s, "test");

    [Fact]
    public void Malformed_dates_name_the_field_and_value()
    {
        var e = Assert.Throws<GraphException>(() => DateParsing.Parse("2006-7-8", "since"));
        Assert.Equal(ErrorCodes.InvalidDate, e.Code);
        Assert.Contains("'since'", e.Message);
        Assert.Contains("2006-7-8", e.Message);
    }

    [Theory]
    [InlineData("japan", true)]
    [InlineData("un-security-council", true)]
    [InlineData("Japan", false)]
    [InlineData("-japan", false)]
    [InlineData("japan--x", false)]
    [InlineData("", false)]
    public void Ids_are_lowercase_slugs(string id, bool valid) => Assert.Equal(valid, Ids.IsValid(id));

    [Fact]
    public void Cursors_round_trip_and_foreign_ones_are_refused()
    {
        var page = PageRequest.Of(10, Cursors.Encode(19));
        Assert.Equal(20, page.Offset);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<GraphException>(() => PageRequest.Of(10, "b2Zmc2V0Oi0x")).Code); // "offset:-1"
        Assert.Equal(ErrorCodes.PageSizeExceeded, Assert.Throws<GraphException>(() => PageRequest.Of(PageRequest.MaxSize + 1, null)).Code);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<GraphException>(() => PageRequest.Of(-1, null)).Code);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("2024-04-00")]
    [InlineData("2024-4-01")]
    [InlineData("2024/04/01")]
    [InlineData("2024-0a-01")]
    [InlineData("\uFF12\uFF10\uFF12\uFF14-01-01")] // full-width digits: not ASCII, left to the exact parser
    [InlineData(" 2024-01-01")]
    [InlineData("2024-01-01 ")]
    [InlineData("")]
    public void A_date_parses_as_the_exact_parser_reads_it(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var exact = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var expected);
        if (exact)
            Assert.Equal(expected, DateParsing.Parse(text));
        else
            Assert.Equal(ErrorCodes.InvalidDate, Assert.Throws<GraphException>(() => DateParsing.Parse(text)).Code);
    }

    [Fact]
    public void Enum_names_are_upper_snake_case_both_ways()
    {
        Assert.Equal(Enum.GetValues<Stance>(), Enum.GetValues<Stance>().Select(s => EnumNames.Parse<Stance>(EnumNames.ToName(s))));
        Assert.Equal("PRESIDENTIAL_STATEMENT", EnumNames.ToName(DraftKind.PresidentialStatement));
        Assert.Equal(DraftStatus.VotePostponed, EnumNames.Parse<DraftStatus>("VOTE_POSTPONED"));
        Assert.Contains("VOTE_POSTPONED", Assert.Throws<GraphException>(() => EnumNames.Parse<DraftStatus>("postponed")).Message);
    }
}
