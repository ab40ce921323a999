namespace Graph.Core;

/// <summary>How a query's order keys end, said once for every kind of node.</summary>
public static class OrderKeys
{
    /// <summary>The keys given (or the defaults), cut after the first that is the id, or else followed by it: a total order.</summary>
    public static IReadOnlyList<T> IdLast<T>(IReadOnlyList<T>? given, IReadOnlyList<T> defaults, Func<T, bool> isId, T id)
    {
        var keys = given is { Count: > 0 } ? given : defaults;
        var cut = keys.TakeWhile(k => !isId(k)).Count();
        return cut < keys.Count ? keys.Take(cut + 1).ToList() : [.. keys, id];
    }
}
