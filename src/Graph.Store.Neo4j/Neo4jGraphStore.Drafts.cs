using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Draft filters in Cypher: each call one statement composed of cypher/filters' parts (DraftCypher), one round trip.

    public Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(new DraftCypher(new CypherComposer(cypher.Filters)).Query(query, page), page, Decode.Draft, ct);

    public async Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where,
        CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return new Dictionary<string, int>();
        var result = await RunAsync(new DraftCypher(new CypherComposer(cypher.Filters)).Counts(draftIds, where), ct);
        return result.Rows.ToDictionary(r => (string)r[0]!, r => checked((int)(long)r[1]!));
    }
}
