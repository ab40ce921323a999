namespace Graph.Core;

/// <summary>
/// Which actors a query keeps, read as <see cref="DraftWhere"/> is: every condition given must hold, AND and OR are lists (an
/// empty AND holds, an empty OR does not), a comparison with a missing value does not hold. What each condition means is
/// <see cref="ActorFilters"/>, the one definition every store is pinned to.
/// </summary>
public sealed record ActorWhere
{
    public string? Id { get; init; }
    public IReadOnlyList<string>? IdIn { get; init; }
    public ActorKind? Kind { get; init; }
    public IReadOnlyList<ActorKind>? KindIn { get; init; }
    public string? Name { get; init; }
    /// <summary>Case-sensitive, as Cypher's CONTAINS is; the name only (aliases are for <c>search</c>).</summary>
    public string? NameContains { get; init; }
    /// <summary>A member of this alliance at any time: a membership not retracted, whatever its dates.</summary>
    public string? MemberOf { get; init; }

    public IReadOnlyList<ActorWhere>? And { get; init; }
    public IReadOnlyList<ActorWhere>? Or { get; init; }
    public ActorWhere? Not { get; init; }

    /// <summary>Through the actor's positions that count (not retracted) and its ballots as positions (<see cref="Ballots.AsPosition"/>).</summary>
    public PositionWhere? PositionsSome { get; init; }
    public PositionWhere? PositionsAll { get; init; }
    public PositionWhere? PositionsNone { get; init; }
    public PositionCountWhere? PositionsAggregate { get; init; }
}
