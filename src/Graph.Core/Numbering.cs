using System.Runtime.InteropServices;

namespace Graph.Core;

/// <summary>Ids numbered as they are first seen, then put in ordinal order: each id hashed once.</summary>
internal sealed class Numbering
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];

    public int Of(string id)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, id, out var seen);
        if (!seen)
        {
            number = ids.Count;
            ids.Add(id);
        }
        return number;
    }

    /// <summary>The ids in ordinal order, and for each number its rank in that order.</summary>
    public (IReadOnlyList<string> Ids, int[] Rank) InOrder()
    {
        var order = Enumerable.Range(0, ids.Count).ToArray();
        var sorted = ids.ToArray();
        Array.Sort(sorted, order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (var i = 0; i < order.Length; i++) rank[order[i]] = i;
        return (sorted, rank);
    }
}
