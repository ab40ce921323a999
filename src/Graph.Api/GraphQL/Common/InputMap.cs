namespace Graph.Api.GraphQL;

/// <summary>An input object as graphql-dotnet parses it: field name to already-coerced value.</summary>
public sealed class InputMap(IDictionary<string, object?> values)
{
    /// <summary>The input object of a mutation: its one argument.</summary>
    public static InputMap Of(IResolveFieldContext c) => new(c.GetArgument<Dictionary<string, object?>>(Args.InputName));

    public bool Has(string key) => values.TryGetValue(key, out var v) && v is not null;
    public string? Str(string key) => values.TryGetValue(key, out var v) ? v?.ToString() : null;
    public T Enum<T>(string key) where T : struct, System.Enum => (T)values[key]!;
    public DateOnly? Date(string key) => values.TryGetValue(key, out var v) ? (DateOnly?)v : null;
    public int? Int(string key) => values.TryGetValue(key, out var v) ? (int?)v : null;
    public bool Bool(string key) => values.TryGetValue(key, out var v) && v is true;
    public List<string> Strings(string key) => values.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => x!.ToString()!).ToList() : [];
    public InputMap? Dict(string key) => values.TryGetValue(key, out var v) && v is IDictionary<string, object?> d ? new InputMap(d) : null;
    public IEnumerable<InputMap> Dicts(string key) => values.TryGetValue(key, out var v) && v is IEnumerable<object?> list
        ? list.OfType<IDictionary<string, object?>>().Select(d => new InputMap(d)) : [];
}
