namespace Graph.Core.Coalitions;

/// <summary>
/// Communities on a signed, weighted graph by maximising signed modularity (Gómez, Jensen and Arenas,
/// "Analysis of community structure in networks of correlated data", Phys. Rev. E 80, 2009):
/// Q = (2w⁺Q⁺ − 2w⁻Q⁻) / (2w⁺ + 2w⁻), where Q⁺ and Q⁻ are the ordinary modularities of the positive
/// and the negative parts. It rewards agreeing actors in one community and disagreeing ones apart,
/// each against its own null model, so a few strong disagreements are not drowned by many weak ties.
/// Optimised with the Louvain method (local moving, then aggregation, repeated). Deterministic:
/// nodes are visited in id order and ties keep the current community or the lowest-numbered one.
/// </summary>
public static class SignedLouvain
{
    public sealed record Result(IReadOnlyList<IReadOnlyList<string>> Communities, double Modularity);

    /// <summary>Finds the communities; <paramref name="ct"/> is looked at once per node moved or row summed (each is O(n)).</summary>
    public static Result Detect(IReadOnlyList<string> nodes, IEnumerable<(string A, string B, double Weight)> edges, CancellationToken ct = default)
    {
        var ids = nodes.Distinct().Order(StringComparer.Ordinal).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var n = ids.Count;
        var plus = new double[n, n];
        var minus = new double[n, n];
        foreach (var (a, b, w) in edges)
        {
            if (a == b || w == 0 || !index.TryGetValue(a, out var i) || !index.TryGetValue(b, out var j)) continue;
            var m = w > 0 ? plus : minus;
            m[i, j] += Math.Abs(w);
            m[j, i] += Math.Abs(w);
        }

        // membership[k] = the community of original node k; each level works on a smaller graph.
        var membership = Enumerable.Range(0, n).ToArray();
        var (levelPlus, levelMinus) = (plus, minus);
        while (true)
        {
            var level = LocalMoving(levelPlus, levelMinus, ct);
            var communities = level.Distinct().Count();
            for (var k = 0; k < n; k++) membership[k] = level[membership[k]];
            if (communities == level.Length) break; // nothing merged: done
            (levelPlus, levelMinus) = (Aggregate(levelPlus, level, communities, ct), Aggregate(levelMinus, level, communities, ct));
        }

        var groups = Enumerable.Range(0, n).GroupBy(k => membership[k])
            .Select(g => (IReadOnlyList<string>)g.Select(k => ids[k]).ToList())
            .OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal).ToList();
        return new Result(groups, Modularity(plus, minus, membership, ct));
    }

    /// <summary>Moves nodes one at a time to the neighbouring community that most raises Q; returns compact community numbers.</summary>
    private static int[] LocalMoving(double[,] plus, double[,] minus, CancellationToken ct)
    {
        var n = plus.GetLength(0);
        var community = Enumerable.Range(0, n).ToArray();
        var kPlus = Degrees(plus);
        var kMinus = Degrees(minus);
        var twoMPlus = kPlus.Sum();
        var twoMMinus = kMinus.Sum();
        var totPlus = (double[])kPlus.Clone();
        var totMinus = (double[])kMinus.Clone();

        // Weight from the node being moved to each community, in arrays reset after each node (not dictionaries per node).
        var toPlus = new double[n];
        var toMinus = new double[n];
        var reached = new bool[n];
        var reachedPlus = new List<int>();
        var reachedMinus = new List<int>();
        for (var moved = true; moved;)
        {
            moved = false;
            for (var i = 0; i < n; i++)
            {
                ct.ThrowIfCancellationRequested(); // a pass over 2,000 actors takes seconds
                var own = community[i];
                totPlus[own] -= kPlus[i];
                totMinus[own] -= kMinus[i];
                // Weight from i to each community (its own included, i itself excluded).
                for (var j = 0; j < n; j++)
                {
                    if (j == i) continue;
                    var c = community[j];
                    if (plus[i, j] != 0)
                    {
                        if (!reached[c])
                        {
                            reached[c] = true;
                            reachedPlus.Add(c);
                        }
                        toPlus[c] += plus[i, j];
                    }
                    if (minus[i, j] != 0)
                    {
                        if (toMinus[c] == 0) reachedMinus.Add(c);
                        toMinus[c] += minus[i, j];
                    }
                }
                double Gain(int c) =>
                    2 * (toPlus[c] - (twoMPlus > 0 ? kPlus[i] * totPlus[c] / twoMPlus : 0))
                    - 2 * (toMinus[c] - (twoMMinus > 0 ? kMinus[i] * totMinus[c] / twoMMinus : 0));
                var best = own;
                var bestGain = Gain(own);
                reachedPlus.Sort();
                foreach (var c in reachedPlus)
                {
                    var gain = Gain(c);
                    if (gain > bestGain + 1e-12) (best, bestGain) = (c, gain);
                }
                foreach (var c in reachedPlus) (toPlus[c], reached[c]) = (0, false);
                foreach (var c in reachedMinus) toMinus[c] = 0;
                reachedPlus.Clear();
                reachedMinus.Clear();
                // Standing alone (gain 0) beats every community that, on balance, disagrees with i.
                if (bestGain < -1e-12)
                    best = FirstFreeCommunity(community, i);
                community[i] = best;
                totPlus[best] += kPlus[i];
                totMinus[best] += kMinus[i];
                if (best != own) moved = true;
            }
        }
        // Renumber in order of first appearance, so results do not depend on internal numbering.
        var renumber = new Dictionary<int, int>();
        return community.Select(c => renumber.TryGetValue(c, out var r) ? r : renumber[c] = renumber.Count).ToArray();
    }

    private static int FirstFreeCommunity(int[] community, int except)
    {
        var used = new bool[community.Length + 1];
        for (var k = 0; k < community.Length; k++)
            if (k != except) used[community[k]] = true;
        var c = 0;
        while (used[c]) c++;
        return c;
    }

    private static double[] Degrees(double[,] m)
    {
        var n = m.GetLength(0);
        var k = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) k[i] += m[i, j];
        return k;
    }

    private static double[,] Aggregate(double[,] m, int[] community, int count, CancellationToken ct)
    {
        var n = m.GetLength(0);
        var result = new double[count, count];
        for (var i = 0; i < n; i++)
        {
            ct.ThrowIfCancellationRequested();
            for (var j = 0; j < n; j++) result[community[i], community[j]] += m[i, j];
        }
        return result;
    }

    /// <summary>Signed modularity of a partition of the original graph.</summary>
    public static double Modularity(double[,] plus, double[,] minus, int[] membership, CancellationToken ct = default)
    {
        double Part(double[,] m)
        {
            var k = Degrees(m);
            var twoM = k.Sum();
            if (twoM == 0) return 0;
            double q = 0;
            for (var i = 0; i < k.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                for (var j = 0; j < k.Length; j++)
                    if (membership[i] == membership[j]) q += m[i, j] - k[i] * k[j] / twoM;
            }
            return q; // = 2w · Q
        }
        var total = Degrees(plus).Sum() + Degrees(minus).Sum();
        return total == 0 ? 0 : (Part(plus) - Part(minus)) / total;
    }
}
