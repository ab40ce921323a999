using Graph.Core;

namespace Graph.Ingest;

/// <summary>A vote the report tells of: on which of its drafts, when, the result and the tally where given, and the members' ballots it names.</summary>
public sealed record ExtractedVote(int Draft, DateOnly? Date, VoteResult Result, int? Yes, int? No, int? Abstain, TextSpan Evidence,
    string Rule, IReadOnlyList<ExtractedBallot> Ballots)
{
    /// <summary>Adopted with no vote against and no abstention.</summary>
    public bool Unanimous => Result == VoteResult.Adopted && No == 0 && Abstain == 0;
    /// <summary>States the sentences telling of the vote name ("Qatar and Indonesia had sought changes before the vote").</summary>
    public IReadOnlyList<string> Named { get; init; } = [];
}

/// <summary>A member's ballot the report names, and whether it was a veto.</summary>
public sealed record ExtractedBallot(string ActorId, BallotChoice Choice, bool Veto, TextSpan Evidence);
