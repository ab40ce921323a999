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

    /// <summary>What the curation and the data file's check both refuse in a vote: a negative count.</summary>
    public static string? Problem(Vote vote) =>
        new[] { ("yes", vote.Yes), ("no", vote.No), ("abstain", vote.Abstain) }.FirstOrDefault(c => c.Item2 < 0) is ({ } field, { } count)
            ? $"'{field}' must not be negative (got {count})" : null;

    /// <summary>What both refuse in a ballot: a veto is a NO.</summary>
    public static string? Problem(Ballot ballot) =>
        ballot.Veto && ballot.Choice != BallotChoice.No ? $"a veto is a NO ballot, not {EnumNames.ToName(ballot.Choice)}" : null;

    /// <summary>A second ballot by the same actor in the same vote (one member, one ballot).</summary>
    public static GraphException AlreadyCast(Ballot ballot, string otherId) =>
        new(ErrorCodes.BadUserInput,
            $"Refused recording ballot '{ballot.Id}': actor '{ballot.ActorId}' already has ballot '{otherId}' in vote '{ballot.VoteId}'.");
}
