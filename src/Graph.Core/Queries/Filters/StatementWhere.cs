namespace Graph.Core;

/// <summary>
/// Which statements a query keeps: every condition given must hold (a null one is not a condition); AND and OR are lists,
/// an empty AND holds and an empty OR does not. A comparison with a missing value (no date) does not hold, and NOT of it
/// does. Dates are the statement's effective date (<see cref="Statement.EffectiveDate"/>: said, else reported). What each
/// condition means is <see cref="StatementFilters"/>, the one definition every store is pinned to.
/// </summary>
public sealed record StatementWhere
{
    public string? Id { get; init; }
    public IReadOnlyList<string>? IdIn { get; init; }
    public StatementKind? Kind { get; init; }
    public IReadOnlyList<StatementKind>? KindIn { get; init; }
    public string? SpeakerId { get; init; }
    public IReadOnlyList<string>? SpeakerIdIn { get; init; }
    public ActorKind? SpeakerKind { get; init; }
    public IReadOnlyList<ActorKind>? SpeakerKindIn { get; init; }
    /// <summary>The speaker is this actor, or held a role (not retracted) representing it on the statement's date (<see cref="StatementFilters.Represents"/>).</summary>
    public string? SpeakerRepresents { get; init; }
    /// <summary>The speaker is a member of this alliance on the statement's date (<see cref="FilterRules.MemberOn"/>).</summary>
    public string? SpeakerMemberOf { get; init; }
    /// <summary>One of the nodes the statement is about.</summary>
    public string? AboutId { get; init; }
    public IReadOnlyList<string>? AboutIdIn { get; init; }
    public string? SourceId { get; init; }
    public IReadOnlyList<string>? SourceIdIn { get; init; }
    public DateOnly? DateGte { get; init; }
    public DateOnly? DateLte { get; init; }
    /// <summary>Case-sensitive, as Cypher's CONTAINS is.</summary>
    public string? TextContains { get; init; }

    public IReadOnlyList<StatementWhere>? And { get; init; }
    public IReadOnlyList<StatementWhere>? Or { get; init; }
    public StatementWhere? Not { get; init; }
}
