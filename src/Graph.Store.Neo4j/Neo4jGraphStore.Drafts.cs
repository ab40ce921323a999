using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // No Cypher for draft filters yet: the generic scan over this store's own reads answers them (a slow path, composed explicitly
    // for Neo4j in the API's StoreExtensions too).
    private DraftScan Drafts => new(this, this);

    public Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default) =>
        Drafts.QueryDraftsAsync(query, page, ct);

    public Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where,
        CancellationToken ct = default) => Drafts.CountPositionsAsync(draftIds, where, ct);
}
