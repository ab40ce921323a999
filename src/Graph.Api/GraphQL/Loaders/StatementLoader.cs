namespace Graph.Api.GraphQL;

/// <summary>Statements by id, all of a level in one call.</summary>
public sealed class StatementLoader(IGraphStore store) : BatchLoader<string, Statement>
{
    protected override async Task<IReadOnlyDictionary<string, Statement>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetStatementsAsync(ids, ct), s => s.Id);
}
