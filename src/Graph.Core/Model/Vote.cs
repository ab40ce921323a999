namespace Graph.Core;

/// <summary>A vote on a draft on a day: its result and, where the record gives it, the tally (abstentions included).</summary>
public sealed record Vote(string Id, string DraftId, DateOnly? Date, VoteResult Result, int? Yes, int? No, int? Abstain,
    IReadOnlyList<Evidence> Evidence);

/// <summary>One member's ballot in a vote, with its evidence. <see cref="Veto"/>: a NO that blocked the draft on its own
/// (a permanent member's), as the record says.</summary>
public sealed record Ballot(string Id, string VoteId, string ActorId, BallotChoice Choice, bool Veto, IReadOnlyList<Evidence> Evidence);
