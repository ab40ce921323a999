namespace Graph.Core.Tests;

/// <summary>The one definition of what a ballot amounts to as a side.</summary>
public sealed class BallotTests
{
    [Theory]
    [InlineData(BallotChoice.Yes, false, Stance.Backs)]
    [InlineData(BallotChoice.No, false, Stance.Opposes)]
    [InlineData(BallotChoice.No, true, Stance.Opposes)]
    [InlineData(BallotChoice.Abstain, false, null)]
    [InlineData(BallotChoice.Absent, false, null)]
    public void A_ballot_backs_opposes_or_takes_no_side(BallotChoice choice, bool veto, Stance? side) =>
        Assert.Equal(side, Ballots.AsSide(choice, veto));

    [Fact]
    public void A_ballot_is_a_position_on_the_votes_draft_from_the_votes_day()
    {
        var day = new DateOnly(2006, 7, 15);
        var votes = new Dictionary<string, Vote> { ["v"] = new("v", "draft", day, VoteResult.Vetoed, 13, 1, 1, [new Evidence("record")]) };
        var evidence = new[] { new Evidence("record", null, "against") };
        Assert.Equal(new Position("b", "russia", "draft", Stance.Opposes, day, null, evidence) with { Evidence = evidence },
            Ballots.AsPosition(new Ballot("b", "v", "russia", BallotChoice.No, true, evidence), votes));
        Assert.Null(Ballots.AsPosition(new Ballot("b", "v", "qatar", BallotChoice.Abstain, false, evidence), votes));
        Assert.Null(Ballots.AsPosition(new Ballot("b", "other", "qatar", BallotChoice.Yes, false, evidence), votes));
    }

    [Fact]
    public void A_ballot_counts_in_agreements_as_the_latest_side_of_its_actor()
    {
        var before = new Position("p-china", "china", "draft", Stance.Opposes, new DateOnly(2006, 7, 8), null, []);
        var japan = new Position("p-japan", "japan", "draft", Stance.Sponsors, new DateOnly(2006, 7, 7), null, []);
        var votes = new Dictionary<string, Vote> { ["v"] = new("v", "draft", new DateOnly(2006, 7, 15), VoteResult.Adopted, 15, 0, 0, []) };
        var yes = Ballots.AsPosition(new Ballot("b-china", "v", "china", BallotChoice.Yes, false, []), votes)!;
        Assert.Equal((0, 1), AgreementCounts.Of([japan, before]).Pairs[("china", "japan")]);
        Assert.Equal((1, 0), AgreementCounts.Of([japan, before, yes]).Pairs[("china", "japan")]);
        Assert.Equal((1, 0), AgreementCounts.Of([yes, japan, before]).Pairs[("china", "japan")]); // by date, not by list order
    }
}
