namespace Graph.Core;

/// <summary>Counts over an actor's matching positions: how many, on how many distinct drafts, and both per year of their since.</summary>
public sealed record PositionAggregate(int Count, int Drafts, IReadOnlyList<YearCount> ByYear)
{
    public static readonly PositionAggregate None = new(0, 0, []);

    /// <summary>
    /// The counts of these positions (<see cref="ActorFilters"/>' one definition): years ascending, the undated positions
    /// as a year of their own (null) before every year, as a missing date sorts.
    /// </summary>
    public static PositionAggregate Of(IReadOnlyCollection<Position> positions) => new(positions.Count, DistinctDrafts(positions),
        positions.GroupBy(p => p.Since?.Year).OrderBy(g => g.Key).Select(g => new YearCount(g.Key, g.Count(), DistinctDrafts(g))).ToList());

    private static int DistinctDrafts(IEnumerable<Position> positions) => positions.Select(p => p.DraftId).Distinct().Count();
}

/// <summary>One year's count (null: the undated positions).</summary>
public sealed record YearCount(int? Year, int Count, int Drafts);
