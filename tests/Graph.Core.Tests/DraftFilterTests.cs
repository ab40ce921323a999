using Graph.Core;
using Xunit;

namespace Graph.Core.Tests;

/// <summary>The definition of a draft filter where it is easiest to get wrong: missing values, NOT, empty lists, the order.</summary>
public sealed class DraftFilterTests
{
    private static readonly DateOnly July7 = new(2006, 7, 7);

    private static DraftFacts Facts(string id, string? forum = null, DateOnly? tabled = null, params Position[] positions) =>
        new(new Draft(id, DraftKind.Resolution, $"Title {id}", forum, null), positions,
            tabled is { } day ? [new DraftStatusChange(id, DraftStatus.Circulated, day, new Evidence("s", null, null))] : [], []);

    private static readonly DraftScope Nothing = new(new Dictionary<string, DraftFacts>(), Array.Empty<Membership>().ToLookup(m => m.ActorId));

    private static bool Matches(DraftWhere where, DraftFacts f) => DraftFilters.Matches(where, f, Nothing);

    [Fact]
    public void A_comparison_with_a_missing_value_does_not_hold_and_its_NOT_does()
    {
        var noForum = Facts("a");
        Assert.False(Matches(new DraftWhere { ForumId = "council" }, noForum));
        Assert.True(Matches(new DraftWhere { Not = new DraftWhere { ForumId = "council" } }, noForum));
        Assert.False(Matches(new DraftWhere { TabledGte = July7 }, noForum));
        Assert.True(Matches(new DraftWhere { Not = new DraftWhere { TabledLte = July7 } }, noForum));
    }

    [Fact]
    public void An_empty_AND_holds_an_empty_OR_does_not_and_ALL_holds_for_a_draft_with_no_positions()
    {
        var draft = Facts("a");
        Assert.True(Matches(new DraftWhere { And = [] }, draft));
        Assert.False(Matches(new DraftWhere { Or = [] }, draft));
        Assert.True(Matches(new DraftWhere { PositionsAll = new PositionWhere { Stance = Stance.Backs } }, draft));
        Assert.False(Matches(new DraftWhere { PositionsSome = new PositionWhere() }, draft));
    }

    [Fact]
    public void A_position_filter_compares_its_dates_and_holds_on_a_day()
    {
        var position = new Position("p", "russia", "a", Stance.Opposes, July7, null, []);
        var draft = Facts("a", positions: position);
        Assert.True(Matches(new DraftWhere { PositionsSome = new PositionWhere { ActorId = "russia", SinceGte = July7, SinceLte = July7 } }, draft));
        Assert.False(Matches(new DraftWhere { PositionsSome = new PositionWhere { UntilGte = July7 } }, draft)); // no until: never ends, no value
        Assert.False(Matches(new DraftWhere { PositionsSome = new PositionWhere { AsOf = July7.AddDays(-1) } }, draft));
        Assert.True(Matches(new DraftWhere { PositionsAggregate = new PositionCountWhere { Where = new PositionWhere { AsOf = July7 }, Count = 1 } }, draft));
    }

    [Fact]
    public void The_order_puts_a_missing_date_first_and_breaks_ties_by_id()
    {
        var drafts = new[] { Facts("c", tabled: July7), Facts("b"), Facts("a", tabled: July7) };
        var byTabled = DraftFilters.Order(drafts, new DraftQuery(OrderBy: [new DraftOrder(DraftOrderField.Tabled)])).Select(f => f.Draft.Id);
        Assert.Equal(["b", "a", "c"], byTabled);
        var newestFirst = DraftFilters.Order(drafts, new DraftQuery(OrderBy: [new DraftOrder(DraftOrderField.Tabled, Descending: true)])).Select(f => f.Draft.Id);
        Assert.Equal(["a", "c", "b"], newestFirst);
        Assert.Equal([new DraftOrder(DraftOrderField.Id, true)], new DraftQuery(OrderBy: [new DraftOrder(DraftOrderField.Id, true), new DraftOrder(DraftOrderField.Title)]).Keys());
    }
}
