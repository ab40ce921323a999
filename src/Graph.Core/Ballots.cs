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

    /// <summary>
    /// A ballot as the position it amounts to (its id, the vote's draft, <see cref="AsSide"/> for the stance, held from the
    /// vote's day on, the ballot's evidence), so sides and alignments read ballots as they read positions; null for a
    /// ballot that takes no side, or whose vote is not among <paramref name="votes"/>.
    /// </summary>
    public static Position? AsPosition(Ballot ballot, IReadOnlyDictionary<string, Vote> votes) =>
        AsSide(ballot.Choice, ballot.Veto) is { } stance && votes.TryGetValue(ballot.VoteId, out var vote)
            ? new Position(ballot.Id, ballot.ActorId, vote.DraftId, stance, vote.Date, null, ballot.Evidence)
            : null;

    /// <summary>The positions the ballots amount to, reading their votes in one call.</summary>
    public static async Task<IReadOnlyList<Position>> AsPositionsAsync(IFactReader store, IReadOnlyList<Ballot> ballots, CancellationToken ct)
    {
        if (ballots.Count == 0) return [];
        var votes = (await store.GetVotesByIdAsync(ballots.Select(b => b.VoteId).Distinct().ToList(), ct)).ToDictionary(v => v.Id);
        return ballots.Select(b => AsPosition(b, votes)).OfType<Position>().ToList();
    }

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
