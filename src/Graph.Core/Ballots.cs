namespace Graph.Core;

/// <summary>What a ballot means beyond itself: the side it puts its actor on, and the store's refusals, worded once.</summary>
public static class Ballots
{
    /// <summary>
    /// The stance a ballot amounts to, dated on its vote's day: YES backs the draft, NO (a veto included) opposes it,
    /// ABSTAIN and ABSENT take no side (null). Sides and alignments count ballots through this alone.
    /// </summary>
    public static Stance? AsSide(BallotChoice choice, bool veto = false) => veto ? Stance.Opposes : choice switch
    {
        BallotChoice.Yes => Stance.Backs,
        BallotChoice.No => Stance.Opposes,
        _ => null,
    };

    /// <summary>A second ballot by the same actor in the same vote (one member, one ballot).</summary>
    public static GraphException AlreadyCast(Ballot ballot, string otherId) =>
        new(ErrorCodes.BadUserInput,
            $"Refused recording ballot '{ballot.Id}': actor '{ballot.ActorId}' already has ballot '{otherId}' in vote '{ballot.VoteId}'.");
}
