using Graph.Core;

namespace Graph.Core.Tests;

/// <summary>
/// A side history counts every window as <see cref="AgreementCounts.Of"/> counts the positions overlapping it, and names the
/// days a timeline changes as the positions' own bounds do: over random positions with the cases that decide a side (two
/// on one day, undated ones, ended ones, ballots that never end) and actors, drafts and ids whose order is not their
/// order of arrival.
/// </summary>
public sealed class SideHistoryTests
{
    private static readonly DateOnly Start = new(2006, 1, 1);

    private static List<Position> RandomPositions(int seed, int actors, int drafts, int count)
    {
        var random = new Random(seed);
        var stances = Enum.GetValues<Stance>();
        return Enumerable.Range(0, count).Select(i =>
        {
            DateOnly? since = random.Next(10) == 0 ? null : Start.AddDays(random.Next(120));
            DateOnly? until = random.Next(3) == 0 ? (since ?? Start).AddDays(1 + random.Next(60)) : null;
            // Ids that sort unlike their arrival, some sharing a prefix: the tie on a day is decided by ordinal id.
            var id = $"p{random.Next(1_000_000)}-{i}";
            return new Position(id, $"actor-{random.Next(actors)}", $"draft {random.Next(drafts)}", stances[random.Next(stances.Length)], since, until, []);
        }).ToList();
    }

    private static void AssertSame(AgreementCounts expected, AgreementCounts actual)
    {
        Assert.Equal(expected.ActorIds, actual.ActorIds);
        Assert.Equal(expected.DraftIds, actual.DraftIds);
        Assert.Equal(expected.Pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal),
            actual.Pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, 12, 30, 600)]
    [InlineData(2, 40, 8, 900)] // many actors on few drafts: long runs per draft
    [InlineData(3, 3, 200, 700)] // few actors on many drafts: many positions of one actor on one draft
    public void Every_window_counts_as_the_positions_overlapping_it(int seed, int actors, int drafts, int count)
    {
        var positions = RandomPositions(seed, actors, drafts, count);
        var history = SideHistory.Of(positions.Select(SideSpan.Of));
        Assert.Equal(count, history.Count);
        var random = new Random(seed);
        var windows = new List<(DateOnly? From, DateOnly? To)> { (null, null), (null, Start.AddDays(30)), (Start.AddDays(90), null) };
        for (var k = 0; k < 20; k++)
        {
            var from = Start.AddDays(random.Next(-5, 150));
            windows.Add((from, from.AddDays(random.Next(0, 40))));
        }
        foreach (var (from, to) in windows)
        {
            var subset = random.Next(2) == 0 ? null : Enumerable.Range(0, actors).Where(_ => random.Next(2) == 0).Select(a => $"actor-{a}").Append("nobody").ToList();
            var expected = AgreementCounts.Of(positions.Where(p => Dates.Overlaps(p.Since, p.Until, from, to) && (subset is null || subset.Contains(p.ActorId))).ToList());
            AssertSame(expected, history.Counts(from, to, subset));
        }
    }

    [Fact]
    public void A_day_counts_the_positions_holding_on_it_and_the_days_of_change_are_the_positions_bounds()
    {
        var positions = RandomPositions(4, 15, 20, 800);
        var history = SideHistory.Of(positions.Select(SideSpan.Of));
        var (from, to) = (Start.AddDays(20), Start.AddDays(70));
        var expectedDays = positions.SelectMany(p => new[] { p.Since, p.Until }).OfType<DateOnly>().Where(d => d > from && d <= to).Distinct().Order();
        Assert.Equal(expectedDays, history.ChangesWithin(from, to));
        foreach (var day in history.ChangesWithin(from, to).Prepend(from))
            AssertSame(AgreementCounts.Of(positions.Where(p => Dates.Holds(p.Since, p.Until, day)).ToList()), history.Counts(day, day));
    }

    [Theory]
    [InlineData(5, 15, 20, 800)]
    [InlineData(6, 40, 6, 900)] // long runs per draft: each change re-counts a draft with many sides
    [InlineData(7, 2_100, 40, 1_500)] // more actors than the dense tally takes: pairs counted to nothing must go
    public void Counting_day_after_day_gives_each_day_its_own_counts(int seed, int actors, int drafts, int count)
    {
        var positions = RandomPositions(seed, actors, drafts, count);
        var history = SideHistory.Of(positions.Select(SideSpan.Of));
        var (from, to) = (Start.AddDays(10), Start.AddDays(100));
        // The timeline's days, and days a week apart that skip changes in between.
        foreach (var days in new[] { history.ChangesWithin(from, to).Prepend(from).ToList(), Enumerable.Range(0, 15).Select(w => from.AddDays(7 * w)).ToList() })
        {
            var counted = history.CountsOfDays(days).ToList();
            Assert.Equal(days.Count, counted.Count);
            for (var i = 0; i < days.Count; i++)
                AssertSame(AgreementCounts.Of(positions.Where(p => Dates.Holds(p.Since, p.Until, days[i])).ToList()), counted[i]);
        }
    }

    [Fact]
    public void The_later_of_two_positions_on_one_day_is_the_one_with_the_greater_id()
    {
        var day = new DateOnly(2006, 7, 7);
        var japan = new Position("japan-b", "japan", "draft", Stance.Backs, day, null, []);
        var chinaFirst = new Position("china-a", "china", "draft", Stance.Backs, day, null, []);
        var chinaLater = new Position("china-b", "china", "draft", Stance.Opposes, day, null, []);
        var undated = new Position("china-z", "china", "draft", Stance.Backs, null, null, []);
        var history = SideHistory.Of(new[] { chinaLater, undated, japan, chinaFirst }.Select(SideSpan.Of));
        Assert.Equal((0, 1), history.Counts(null, null).Pairs[("china", "japan")]);
        var before = history.Counts(null, day.AddDays(-1)); // only China's undated position holds before the day
        Assert.Equal(["china"], before.ActorIds);
        Assert.Empty(before.Pairs);
    }

    [Fact]
    public void An_empty_history_counts_nothing()
    {
        var history = SideHistory.Of([]);
        var counts = history.Counts(null, null);
        Assert.Empty(counts.ActorIds);
        Assert.Empty(counts.Pairs);
        Assert.Empty(history.ChangesWithin(Start, Start.AddDays(7)));
    }
}
