namespace Graph.Core;

/// <summary>
/// The input of an alignment: the actors with a position holding in a window, the drafts those positions are on, and
/// for each pair of actors (A before B in ordinal order) how many drafts they took the same and opposite sides of. An
/// actor's side of a draft is its latest position on it in the window (latest by since, an undated one earliest; on the
/// same day the one with the greater id): opposing is one side, every other stance the other. Ballots count as the positions
/// they amount to (<see cref="Ballots.AsPosition"/>).
/// </summary>
public sealed record AgreementCounts(IReadOnlyList<string> ActorIds, IReadOnlyList<string> DraftIds,
    IReadOnlyDictionary<(string A, string B), (int Agree, int Disagree)> Pairs)
{
    /// <summary>Whether a fact dated since..until holds at some time between from and to (inclusive; open ends allowed).</summary>
    public static bool Overlaps(DateOnly? since, DateOnly? until, DateOnly? from, DateOnly? to) =>
        (to is null || since is null || since <= to) && (from is null || until is null || until > from);

    /// <summary>Counts from positions (ballots as positions included) already limited to the window.</summary>
    public static AgreementCounts Of(IReadOnlyList<Position> positions, CancellationToken ct = default)
    {
        var actors = positions.Select(p => p.ActorId).Distinct().Order(StringComparer.Ordinal).ToList();
        var drafts = positions.Select(p => p.DraftId).Distinct().Order(StringComparer.Ordinal).ToList();
        var sides = positions.GroupBy(p => (p.ActorId, p.DraftId))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Since ?? DateOnly.MinValue).ThenBy(p => p.Id, StringComparer.Ordinal).Last().Stance == Stance.Opposes ? -1 : 1);
        // Pairs are counted per draft (not all pairs times all drafts), so the work follows how many actors share each draft.
        var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
        foreach (var draft in sides.GroupBy(s => s.Key.DraftId))
        {
            ct.ThrowIfCancellationRequested();
            var onDraft = draft.Select(s => (Actor: s.Key.ActorId, Side: s.Value)).ToList();
            for (var i = 0; i < onDraft.Count; i++)
                for (var j = i + 1; j < onDraft.Count; j++)
                {
                    var (x, y) = (onDraft[i].Actor, onDraft[j].Actor);
                    var key = string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);
                    var count = pairs.GetValueOrDefault(key);
                    pairs[key] = onDraft[i].Side == onDraft[j].Side ? (count.Agree + 1, count.Disagree) : (count.Agree, count.Disagree + 1);
                }
        }
        return new AgreementCounts(actors, drafts, pairs);
    }
}
