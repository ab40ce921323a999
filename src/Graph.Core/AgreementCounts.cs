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
        // Actors and drafts become numbers in ordinal order, and the sides are sorted by (draft, actor): each draft's sides
        // are then one run, its actors in order, and a pair is two integers rather than two strings hashed.
        var actorNumbers = new Numbering();
        var draftNumbers = new Numbering();
        var read = new List<(int Actor, int Draft, int Side)>();
        foreach (var (actor, draft, side) in sides) read.Add((actorNumbers.Of(actor), draftNumbers.Of(draft), side));
        var (actors, actorRank) = actorNumbers.InOrder();
        var (drafts, draftRank) = draftNumbers.InOrder();
        var keys = new long[read.Count];
        var values = new int[read.Count];
        for (var k = 0; k < read.Count; k++)
        {
            keys[k] = ((long)draftRank[read[k].Draft] << 32) | (uint)actorRank[read[k].Actor];
            values[k] = read[k].Side;
        }
        Array.Sort(keys, values);
        // Pairs are counted per draft (not all pairs times all drafts), so the work follows how many actors share each draft.
        var tally = new PairTally(actors.Count);
        for (var start = 0; start < keys.Length;)
        {
            ct.ThrowIfCancellationRequested();
            var end = start + 1;
            while (end < keys.Length && keys[end] >> 32 == keys[start] >> 32) end++;
            for (var i = start; i < end; i++)
                for (var j = i + 1; j < end; j++)
                    tally.Add((int)keys[i], (int)keys[j], values[i] == values[j]);
            start = end;
        }
        var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
        foreach (var (a, b, agree, disagree) in tally.Counted())
            pairs[(actors[a], actors[b])] = (agree, disagree);
        return new AgreementCounts(actors, drafts, pairs);
    }
}
