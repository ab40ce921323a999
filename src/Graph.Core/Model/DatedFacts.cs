namespace Graph.Core;

public sealed record Position(string Id, string ActorId, string DraftId, Stance Stance, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence> Evidence) : IDatedFact;

public sealed record Membership(string Id, string ActorId, string AllianceId, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence> Evidence) : IDatedFact;

/// <summary>A person speaking for a state or organization in a role ("Foreign Minister").</summary>
public sealed record Role(string Id, string PersonId, string RepresentsId, string Title, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence> Evidence) : IDatedFact;
