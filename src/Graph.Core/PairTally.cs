namespace Graph.Core;

/// <summary>
/// Agreements and disagreements of numbered actors, a before b: in one array for up to a few thousand actors (the pairs of
/// a window's alignment), in a dictionary keyed by the pair beyond that.
/// </summary>
internal sealed class PairTally(int actors)
{
    private const int DenseLimit = 2048;

    private readonly int[]? dense = actors <= DenseLimit ? new int[actors * (actors - 1) / 2 * 2 + 2] : null;
    private readonly Dictionary<long, (int Agree, int Disagree)> sparse = [];

    /// <summary>The pair's place in the dense array: the pairs (a, b > a) in order.</summary>
    private long Index(int a, int b) => (long)a * (2L * actors - a - 1) / 2 + (b - a - 1);

    /// <summary>Counts the pair once more (weight 1) or once less (weight -1); a pair counted to nothing is no longer counted.</summary>
    public void Add(int a, int b, bool agree, int weight = 1)
    {
        if (dense is not null)
        {
            dense[2 * Index(a, b) + (agree ? 0 : 1)] += weight;
            return;
        }
        var key = (long)a * actors + b;
        var count = sparse.GetValueOrDefault(key);
        count = agree ? (count.Agree + weight, count.Disagree) : (count.Agree, count.Disagree + weight);
        if (count == (0, 0)) sparse.Remove(key);
        else sparse[key] = count;
    }

    /// <summary>Every pair that shares a draft, a before b.</summary>
    public IEnumerable<(int A, int B, int Agree, int Disagree)> Counted()
    {
        if (dense is null)
        {
            foreach (var (key, (agree, disagree)) in sparse) yield return ((int)(key / actors), (int)(key % actors), agree, disagree);
            yield break;
        }
        for (var a = 0; a < actors; a++)
            for (var b = a + 1; b < actors; b++)
            {
                var index = Index(a, b);
                var (agree, disagree) = (dense[2 * index], dense[2 * index + 1]);
                if (agree + disagree > 0) yield return (a, b, agree, disagree);
            }
    }
}
