using Graph.Core;
using Xunit;

namespace Graph.Core.Tests;

/// <summary>The definition of an actor filter where it is easiest to get wrong: earlier and later positions, undated ones, dates of memberships, counts per year.</summary>
public sealed class ActorFilterTests
{
    private static readonly DateOnly July7 = new(2006, 7, 7);

    private static Position At(string id, Stance stance, DateOnly? since, string draft = "d") => new(id, "china", draft, stance, since, null, []);

    private static DraftScope Scope(params Position[] positions) => new(
        positions.GroupBy(p => p.DraftId).ToDictionary(g => g.Key, g => new DraftFacts(new Draft(g.Key, DraftKind.Resolution, g.Key, null, null), g.ToList(), [], [])),
        Array.Empty<Membership>().ToLookup(m => m.ActorId));

    private static ActorFacts China(Position[] positions, params Membership[] memberships) =>
        new(new Actor("china", ActorKind.State, "China", [], null), positions, memberships);

    private static readonly PositionWhere BackedAfterOpposing = new() { Stance = Stance.Backs, PrecededBy = new PositionWhere { Stance = Stance.Opposes } };

    [Fact]
    public void A_position_is_preceded_only_by_one_begun_on_an_earlier_day_on_the_same_draft()
    {
        var opposed = At("o", Stance.Opposes, July7);
        var backed = At("b", Stance.Backs, July7.AddDays(8));
        Assert.True(PositionFilters.Matches(BackedAfterOpposing, backed, Scope(opposed, backed)));
        Assert.False(PositionFilters.Matches(BackedAfterOpposing with { PrecededBy = null, FollowedBy = new PositionWhere { Stance = Stance.Opposes } }, backed, Scope(opposed, backed)));
        // On the same day, or on another draft: no change of stance.
        var sameDay = At("b", Stance.Backs, July7);
        Assert.False(PositionFilters.Matches(BackedAfterOpposing, sameDay, Scope(opposed, sameDay)));
        var elsewhere = At("b", Stance.Backs, July7.AddDays(8), draft: "other");
        Assert.False(PositionFilters.Matches(BackedAfterOpposing, elsewhere, Scope(opposed, elsewhere)));
    }

    [Fact]
    public void An_undated_position_precedes_and_follows_nothing()
    {
        var undated = At("o", Stance.Opposes, null);
        var backed = At("b", Stance.Backs, July7);
        Assert.False(PositionFilters.Matches(BackedAfterOpposing, backed, Scope(undated, backed)));
        var undatedBacking = At("b", Stance.Backs, null);
        var opposed = At("o", Stance.Opposes, July7);
        Assert.False(PositionFilters.Matches(BackedAfterOpposing, undatedBacking, Scope(opposed, undatedBacking)));
    }

    [Fact]
    public void A_member_is_one_at_any_time_and_ALL_holds_for_an_actor_with_no_positions()
    {
        var ended = new Membership("m", "china", "p5", new DateOnly(1945, 10, 24), new DateOnly(1971, 10, 25), []);
        Assert.True(ActorFilters.Matches(new ActorWhere { MemberOf = "p5" }, China([], ended), Scope()));
        Assert.False(ActorFilters.Matches(new ActorWhere { MemberOf = "g8" }, China([], ended), Scope()));
        Assert.True(ActorFilters.Matches(new ActorWhere { PositionsAll = new PositionWhere { Stance = Stance.Backs } }, China([]), Scope()));
        Assert.False(ActorFilters.Matches(new ActorWhere { PositionsSome = new PositionWhere() }, China([]), Scope()));
    }

    [Fact]
    public void Counts_per_year_put_the_undated_first_and_count_each_draft_once()
    {
        var positions = new[]
        {
            At("a", Stance.Opposes, new DateOnly(2007, 1, 1)), At("b", Stance.Opposes, July7), At("c", Stance.Opposes, July7.AddDays(1)),
            At("d", Stance.Opposes, null, draft: "e"),
        };
        var counts = PositionAggregate.Of(positions);
        Assert.Equal((4, 2), (counts.Count, counts.Drafts));
        Assert.Equal([new YearCount(null, 1, 1), new YearCount(2006, 2, 1), new YearCount(2007, 1, 1)], counts.ByYear);
    }
}
