using System.Runtime.InteropServices;

namespace Graph.Core;

/// <summary>Ids numbered as they are first seen, then put in order (ordinal unless told): each id hashed once.</summary>
public sealed class Numbering
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

    /// <summary>The ids in <paramref name="order"/> (ordinal by default), and for each number its rank in that order.</summary>
    public (IReadOnlyList<string> Ids, int[] Rank) InOrder(IComparer<string>? order = null)
    {
        var numberAt = Enumerable.Range(0, ids.Count).ToArray();
        var sorted = ids.ToArray();
        Array.Sort(sorted, numberAt, order ?? StringComparer.Ordinal);
        var rank = new int[numberAt.Length];
        for (var i = 0; i < numberAt.Length; i++) rank[numberAt[i]] = i;
        return (sorted, rank);
    }
}
