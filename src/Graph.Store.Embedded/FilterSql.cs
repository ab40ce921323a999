using Graph.Core;
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

    /// <summary>
    /// A date column compared with a day, false where the column is NULL (two-valued, as the definitions read a missing date)
    /// but in a form SQLite reads an index range by: an actor's positions in a window, statements by date.
    /// </summary>
    protected string Dated(string column, string op, DateOnly day) => $"({column} {op} {Param(DateParsing.Format(day))} AND {column} IS NOT NULL)";

    /// <summary>At least one holds; an empty OR never does.</summary>
    public static string AnyOf(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count == 0 ? "0" : "(" + string.Join(" OR ", list.Select(c => $"({c})")) + ")";
    }
}
