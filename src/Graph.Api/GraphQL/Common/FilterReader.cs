using Graph.Api.Http.Limits;

namespace Graph.Api.GraphQL;

/// <summary>One input object, with where it stands in the argument (for the messages) and the tree's limits.</summary>
internal sealed record FilterReader(IDictionary<string, object?> Values, FilterLimits Limits, string Path)
{
    /// <summary>The argument's input object, with fresh limits for its tree; null when it is not given.</summary>
    public static FilterReader? Of(object? value, string argument) =>
        value is IDictionary<string, object?> map ? new FilterReader(map, new FilterLimits(argument), argument) : null;

    private object? Get(string key) => Values.TryGetValue(key, out var v) ? v : null;
    public string? Str(string key) => Get(key)?.ToString();
    public DateOnly? Date(string key) => Get(key) as DateOnly?;
    public int? Int(string key) => Get(key) as int?;
    public T? Enum<T>(string key) where T : struct, System.Enum => Get(key) as T?;

    private List<object?>? Items(string key)
    {
        if (Get(key) is not IEnumerable<object?> items) return null;
        var list = items.ToList();
        Limits.List(list.Count, $"{Path}.{key}");
        return list;
    }

    public List<string>? Strings(string key) => Items(key)?.Select(x => x!.ToString()!).ToList();
    public List<T>? Enums<T>(string key) where T : struct, System.Enum => Items(key)?.Select(x => (T)x!).ToList();

    public FilterReader? Child(string key) => Get(key) is IDictionary<string, object?> map ? new FilterReader(map, Limits, $"{Path}.{key}") : null;

    public List<FilterReader>? Children(string key) => Items(key)?.Select((x, i) => x is IDictionary<string, object?> map
        ? new FilterReader(map, Limits, $"{Path}.{key}[{i}]") : null).OfType<FilterReader>().ToList();
}
