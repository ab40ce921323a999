namespace Graph.Core;

public sealed record VoteInput(string? Id, string DraftId, DateOnly? Date, VoteResult Result, int? Yes, int? No, int? Abstain,
    IReadOnlyList<Evidence>? Evidence);

public sealed record BallotInput(string? Id, string VoteId, string ActorId, BallotChoice Choice, bool Veto, IReadOnlyList<Evidence>? Evidence);
