namespace Graph.Core;

public sealed record PositionInput(string? Id, string ActorId, string DraftId, Stance Stance, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence>? Evidence);

public sealed record MembershipInput(string? Id, string ActorId, string AllianceId, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence>? Evidence);
