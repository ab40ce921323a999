using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // No Cypher for statement filters yet: the generic scan over this store's own reads answers them (a slow path, composed
    // explicitly for Neo4j in the API's StoreExtensions too).
    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) =>
        new StatementScan(this, this).QueryStatementsAsync(query, page, ct);
}
