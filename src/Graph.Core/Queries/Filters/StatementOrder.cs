namespace Graph.Core;

/// <summary>DATE: the effective date (said, else reported); REPORTED_ON: the source's date.</summary>
public enum StatementOrderField { Date, ReportedOn, Id }

/// <summary>One key of a statement ordering; a query's keys are followed by the id, ascending, so the order is total.</summary>
public sealed record StatementOrder(StatementOrderField Field, bool Descending = false);

/// <summary>
/// A filtered, ordered read of statements: the filter, the words searched for (every one required, as
/// <see cref="StatementFilter.Search"/>), and retracted ones only with <see cref="IncludeRetracted"/>. No keys: newest first,
/// as <c>statements</c> always listed them (a search too). The total counts every match, or at most
/// <see cref="CountLimit"/> where one is given (a caller that needs no total asks for just enough to tell whether a next
/// page follows).
/// </summary>
public sealed record StatementQuery(StatementWhere? Where = null, IReadOnlyList<StatementOrder>? OrderBy = null, string? Search = null,
    bool IncludeRetracted = false, int? CountLimit = null)
{
    public static readonly IReadOnlyList<StatementOrder> DefaultOrder = [new(StatementOrderField.Date, Descending: true)];

    /// <summary>The fixed arguments of a plain read as a query: the same statements in the same order.</summary>
    public static StatementQuery Of(StatementFilter filter) => new(StatementFilters.Of(filter), null, filter.Search, filter.IncludeRetracted);

    /// <summary>The keys to sort by, the id tie-break last (dropped where an earlier key is already the id).</summary>
    public IReadOnlyList<StatementOrder> Keys() =>
        OrderKeys.IdLast(OrderBy, DefaultOrder, k => k.Field == StatementOrderField.Id, new StatementOrder(StatementOrderField.Id));
}
