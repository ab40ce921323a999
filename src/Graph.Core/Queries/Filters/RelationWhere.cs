namespace Graph.Core;

/// <summary>How many of a draft's positions match <see cref="Where"/>, compared with each bound given.</summary>
public sealed record PositionCountWhere
{
    public PositionWhere? Where { get; init; }
    public int? Count { get; init; }
    public int? CountGt { get; init; }
    public int? CountGte { get; init; }
    public int? CountLt { get; init; }
    public int? CountLte { get; init; }
}

/// <summary>Which of a draft's status changes a relationship filter keeps.</summary>
public sealed record StatusWhere
{
    public DraftStatus? Status { get; init; }
    public IReadOnlyList<DraftStatus>? StatusIn { get; init; }
    /// <summary>Recorded on or before that day; an undated change always (as <c>Draft.status(asOf)</c> reads them).</summary>
    public DateOnly? AsOf { get; init; }
}
