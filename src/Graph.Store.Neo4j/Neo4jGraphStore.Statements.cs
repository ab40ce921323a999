using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Statement filters in Cypher: one statement composed of cypher/filters' parts (StatementCypher), the search included,
    // one round trip.
    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(new StatementCypher(new CypherComposer(cypher.Filters)).Query(query, LuceneQuery(query.Search), page), page, Decode.Statement, ct);
}
