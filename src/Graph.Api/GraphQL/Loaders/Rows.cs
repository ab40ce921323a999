namespace Graph.Api.GraphQL;

/// <summary>How a loader hands back the rows of one store call: by the key each was asked for.</summary>
internal static class Rows
{
    public static IReadOnlyDictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> key) => items.ToDictionary(key);

    public static IReadOnlyDictionary<string, IReadOnlyList<T>> GroupedBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
}
