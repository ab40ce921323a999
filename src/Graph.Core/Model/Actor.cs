namespace Graph.Core;

public sealed record Actor(string Id, ActorKind Kind, string Name, IReadOnlyList<string> Aliases, string? Description);

public sealed record Source(string Id, SourceKind Kind, string Title, string? OutletId, DateOnly? Date, string? Url, string? Document);

public sealed record Alliance(string Id, AllianceKind Kind, string Name, string? Description)
{
    /// <summary>For a body membership: the body (an organization such as the Security Council) whose members these are.</summary>
    public string? BodyId { get; init; }
}
