namespace Graph.Core;

/// <summary>
/// Which drafts a query keeps: every condition given must hold (a null one is not a condition); AND and OR are lists,
/// an empty AND holds and an empty OR does not. A comparison with a missing value (no forum, no date) does not hold, and
/// NOT of it does. What each condition means is <see cref="DraftFilters"/>, the one definition every store is pinned to.
/// </summary>
public sealed record DraftWhere
{
    public string? Id { get; init; }
    public IReadOnlyList<string>? IdIn { get; init; }
    public DraftKind? Kind { get; init; }
    public IReadOnlyList<DraftKind>? KindIn { get; init; }
    public string? ForumId { get; init; }
    public IReadOnlyList<string>? ForumIdIn { get; init; }
    public string? SubjectId { get; init; }
    public IReadOnlyList<string>? SubjectIdIn { get; init; }
    public string? Title { get; init; }
    /// <summary>Case-sensitive, as Cypher's CONTAINS is.</summary>
    public string? TitleContains { get; init; }
    /// <summary>On or after / on or before the day the draft was tabled (<see cref="DraftFilters.Tabled"/>).</summary>
    public DateOnly? TabledGte { get; init; }
    public DateOnly? TabledLte { get; init; }

    public IReadOnlyList<DraftWhere>? And { get; init; }
    public IReadOnlyList<DraftWhere>? Or { get; init; }
    public DraftWhere? Not { get; init; }

    /// <summary>Through the draft's positions (its ballots included, as <see cref="Ballots.AsPosition"/> makes them).</summary>
    public PositionWhere? PositionsSome { get; init; }
    public PositionWhere? PositionsAll { get; init; }
    public PositionWhere? PositionsNone { get; init; }
    public PositionCountWhere? PositionsAggregate { get; init; }

    /// <summary>At least one of the draft's alternatives (<see cref="Alternatives.Of"/>) matches.</summary>
    public DraftWhere? AlternativesSome { get; init; }

    /// <summary>Through the draft's status history.</summary>
    public StatusWhere? HistorySome { get; init; }
    public StatusWhere? HistoryNone { get; init; }
}

/// <summary>Which of a draft's positions (ballots as positions included) a relationship filter or a count keeps.</summary>
public sealed record PositionWhere
{
    public string? ActorId { get; init; }
    public IReadOnlyList<string>? ActorIdIn { get; init; }
    public Stance? Stance { get; init; }
    public IReadOnlyList<Stance>? StanceIn { get; init; }
    public DateOnly? SinceGte { get; init; }
    public DateOnly? SinceLte { get; init; }
    public DateOnly? UntilGte { get; init; }
    public DateOnly? UntilLte { get; init; }
    /// <summary>Holding on that day (<see cref="Dates.Holds"/>).</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>Taken by a member of this alliance: a membership (not retracted) holding on the position's since (any, for an undated position).</summary>
    public string? ActorMemberOf { get; init; }

    /// <summary>On this draft (or one of these).</summary>
    public string? DraftId { get; init; }
    public IReadOnlyList<string>? DraftIdIn { get; init; }
    /// <summary>On a draft that matches this whole draft filter (a relationship filter through the position's draft).</summary>
    public DraftWhere? OnDraft { get; init; }
    /// <summary>The same actor earlier took a position on the same draft that matches this (<see cref="PositionFilters.Precedes"/>).</summary>
    public PositionWhere? PrecededBy { get; init; }
    /// <summary>The same actor later took a position on the same draft that matches this.</summary>
    public PositionWhere? FollowedBy { get; init; }
}
