using Graph.Core;
using Xunit;

namespace Graph.Core.Tests;

/// <summary>The definition of a statement filter where it is easiest to get wrong: missing dates and NOT, whom a speaker represents on the day, the order.</summary>
public sealed class StatementFilterTests
{
    private static readonly DateOnly July11 = new(2006, 7, 11);

    private static Statement Said(string id, string speaker, DateOnly? date, DateOnly? reportedOn = null) =>
        new(id, speaker, date, reportedOn, StatementKind.Quote, $"Words of {id}", "report", null, null, ["japan-draft"]);

    private static StatementScope Scope(Role[]? roles = null, Membership[]? memberships = null) =>
        new(new Dictionary<string, Actor> { ["jiang-yu"] = new("jiang-yu", ActorKind.Person, "Jiang Yu", [], null) },
            (roles ?? []).ToLookup(r => r.PersonId), (memberships ?? []).ToLookup(m => m.ActorId));

    private static bool Matches(StatementWhere where, Statement s, StatementScope? scope = null) => StatementFilters.Matches(where, s, scope ?? Scope());

    [Fact]
    public void A_missing_date_does_not_compare_and_its_NOT_holds_and_the_reported_date_stands_in()
    {
        var undated = Said("a", "china", null);
        Assert.False(Matches(new StatementWhere { DateGte = July11 }, undated));
        Assert.True(Matches(new StatementWhere { Not = new StatementWhere { DateLte = July11 } }, undated));
        Assert.True(Matches(new StatementWhere { DateGte = July11, DateLte = July11 }, Said("b", "china", null, reportedOn: July11)));
        Assert.True(Matches(new StatementWhere { And = [] }, undated));
        Assert.False(Matches(new StatementWhere { Or = [] }, undated));
    }

    [Fact]
    public void A_speaker_represents_a_state_as_itself_or_by_a_role_holding_on_the_statements_date()
    {
        var role = new Role("r", "jiang-yu", "china", "Spokeswoman", July11, July11.AddDays(2), []);
        var scope = Scope([role]);
        var where = new StatementWhere { SpeakerRepresents = "china" };
        Assert.True(Matches(where, Said("self", "china", July11.AddDays(-100)), scope));
        Assert.True(Matches(where, Said("on", "jiang-yu", July11), scope));
        Assert.False(Matches(where, Said("before", "jiang-yu", July11.AddDays(-1)), scope));
        Assert.False(Matches(where, Said("ended", "jiang-yu", July11.AddDays(2)), scope)); // until is the first day it no longer holds
        Assert.True(Matches(where, Said("undated", "jiang-yu", null), scope)); // any role, as an undated position's membership
        Assert.False(Matches(new StatementWhere { SpeakerRepresents = "japan" }, Said("on", "jiang-yu", July11), scope));
    }

    [Fact]
    public void A_speaker_is_a_member_on_the_statements_date_and_its_kind_is_read_from_the_speaker()
    {
        var scope = Scope(memberships: [new Membership("m", "china", "council", null, July11, [])]);
        Assert.True(Matches(new StatementWhere { SpeakerMemberOf = "council" }, Said("a", "china", July11.AddDays(-1)), scope));
        Assert.False(Matches(new StatementWhere { SpeakerMemberOf = "council" }, Said("b", "china", July11), scope));
        Assert.True(Matches(new StatementWhere { SpeakerKind = ActorKind.Person }, Said("c", "jiang-yu", July11)));
        Assert.False(Matches(new StatementWhere { SpeakerKindIn = [ActorKind.State] }, Said("c", "jiang-yu", July11)));
    }

    [Fact]
    public void Newest_first_by_default_a_missing_date_last_and_ties_by_id()
    {
        var statements = new[] { Said("c", "x", July11), Said("b", "x", null), Said("a", "x", July11), Said("d", "x", July11.AddDays(-1)) };
        Assert.Equal(["a", "c", "d", "b"], StatementFilters.Order(statements, new StatementQuery()).Select(s => s.Id));
        Assert.Equal(["b", "d", "a", "c"], StatementFilters.Order(statements, new StatementQuery(OrderBy: [new StatementOrder(StatementOrderField.Date)])).Select(s => s.Id));
        Assert.Equal([new StatementOrder(StatementOrderField.Id, true)],
            new StatementQuery(OrderBy: [new StatementOrder(StatementOrderField.Id, true), new StatementOrder(StatementOrderField.Date)]).Keys());
    }

    [Fact]
    public void The_plain_reads_arguments_are_a_filter_of_the_same_meaning()
    {
        Assert.Null(StatementFilters.Of(new StatementFilter(Search: "sanctions")));
        Assert.Equal(new StatementWhere { SpeakerId = "taro-aso", AboutId = "japan", DateGte = July11, DateLte = July11 },
            StatementFilters.Of(new StatementFilter("taro-aso", "japan", July11, July11)));
    }
}
