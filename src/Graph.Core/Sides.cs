namespace Graph.Core;

/// <summary>
/// The side an actor takes of a draft: its latest position on it (latest by since, an undated one earliest; on the same day
/// the one with the greater id). Opposing is one side, every other stance the other. Sides, alignments and the stores'
/// pushdowns of them follow this alone.
/// </summary>
public static class Sides
{
    /// <summary>The latest of one actor's positions on one draft.</summary>
    public static Position Latest(IEnumerable<Position> positions) =>
        positions.OrderBy(p => p.Since ?? DateOnly.MinValue).ThenBy(p => p.Id, StringComparer.Ordinal).Last();

    /// <summary>-1 for opposing, +1 for any other stance.</summary>
    public static int Of(Position position) => position.Stance == Stance.Opposes ? -1 : 1;
}
