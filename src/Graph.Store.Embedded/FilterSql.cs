using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// What a filter tree's SQL is built with (<see cref="DraftWhereSql"/>, <see cref="StatementWhereSql"/>): every value a
/// numbered parameter, never text in the SQL; lists as one JSON array; OR as the definitions read it.
/// </summary>
internal abstract class FilterSql(string prefix)
{
    public List<(string Name, object? Value)> Args { get; } = [];

    public string Param(object? value)
    {
        var name = $"${prefix}{Args.Count}";
        Args.Add((name, value));
        return name;
    }

    public string List(IEnumerable<string> values) => $"(SELECT value FROM json_each({Param(Json(values))}))";

    /// <summary>At least one holds; an empty OR never does.</summary>
    public static string AnyOf(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count == 0 ? "0" : "(" + string.Join(" OR ", list.Select(c => $"({c})")) + ")";
    }
}
