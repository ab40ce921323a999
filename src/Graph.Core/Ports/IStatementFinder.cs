namespace Graph.Core;

/// <summary>Statements by a filter tree (<see cref="StatementWhere"/>) and words searched for, in an order, a page at a time.</summary>
public interface IStatementFinder
{
    Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default);
}
