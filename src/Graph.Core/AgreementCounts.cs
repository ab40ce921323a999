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
    /// <summary>Counts from positions (ballots as positions included) already limited to the window.</summary>
    public static AgreementCounts Of(IReadOnlyList<Position> positions, CancellationToken ct = default)
    {
        var sides = positions.GroupBy(p => (p.ActorId, p.DraftId)).Select(g => (g.Key.ActorId, g.Key.DraftId, Sides.Of(Sides.Latest(g))));
        return OfSides(sides, ct);
    }

    /// <summary>Counts from each actor's side of each draft (+1 or -1, <see cref="Sides.Of"/>), one per actor and draft.</summary>
    public static AgreementCounts OfSides(IEnumerable<(string ActorId, string DraftId, int Side)> sides, CancellationToken ct = default)
    {
        var all = sides.ToList();
        var actors = all.Select(s => s.ActorId).Distinct().Order(StringComparer.Ordinal).ToList();
        var drafts = all.Select(s => s.DraftId).Distinct().Order(StringComparer.Ordinal).ToList();
        // Pairs are counted per draft (not all pairs times all drafts), so the work follows how many actors share each draft.
        var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
        foreach (var draft in all.GroupBy(s => s.DraftId))
        {
            ct.ThrowIfCancellationRequested();
            var onDraft = draft.Select(s => (Actor: s.ActorId, s.Side)).ToList();
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
