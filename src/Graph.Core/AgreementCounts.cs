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
        var number = new Dictionary<string, int>(actors.Count);
        for (var i = 0; i < actors.Count; i++) number[actors[i]] = i;
        // Pairs are counted per draft (not all pairs times all drafts), so the work follows how many actors share each
        // draft; over actor numbers, in ordinal order, so that a pair is two integers and not two strings hashed.
        var tally = new PairTally(actors.Count);
        foreach (var draft in all.GroupBy(s => s.DraftId))
        {
            ct.ThrowIfCancellationRequested();
            var onDraft = draft.Select(s => (Actor: number[s.ActorId], s.Side)).OrderBy(s => s.Actor).ToArray();
            for (var i = 0; i < onDraft.Length; i++)
                for (var j = i + 1; j < onDraft.Length; j++)
                    tally.Add(onDraft[i].Actor, onDraft[j].Actor, onDraft[i].Side == onDraft[j].Side);
        }
        var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
        foreach (var (a, b, agree, disagree) in tally.Counted())
            pairs[(actors[a], actors[b])] = (agree, disagree);
        return new AgreementCounts(actors, drafts, pairs);
    }
}
