using Graph.Core;
using Q = Graph.Store.Neo4j.CypherStatements.Names;

namespace Graph.Store.Neo4j;

/// <summary>Edges, traversal and the alignment's input, each one statement; the edge vocabulary is Core's, given as a parameter.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default)
    {
        if (nodeIds.Count == 0) return [];
        var result = await RunAsync(cypher.Query(Q.GetEdges, ("ids", nodeIds), ("relations", Relations.All)), ct);
        return result.Rows.Select(r => new GraphEdge((string)r[0]!, (string)r[1]!, (string)r[2]!)).ToList();
    }

    public async Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerNode, 1);
        var kept = new HashSet<GraphEdge>();
        var cut = new HashSet<string>();
        if (nodeIds.Count == 0) return new EdgeSample([], cut);
        var result = await RunAsync(cypher.Query(Q.SampleEdges, ("ids", nodeIds.Distinct().ToList()), ("relations", Relations.All),
            ("limit", maxPerNode + 1)), ct);
        foreach (var row in result.Rows)
        {
            var edges = Edges(row[1]);
            if (edges.Count > maxPerNode) cut.Add((string)row[0]!);
            kept.UnionWith(edges.Take(maxPerNode));
        }
        return new EdgeSample(kept.ToList(), cut);
    }

    public async Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default)
    {
        if (nodeIds.Count == 0) return new PathExpansion([], []);
        var result = await RunAsync(cypher.Query(Q.ExpandForPath, ("ids", nodeIds), ("keep", keepStatementIds), ("relations", Relations.All)), ct);
        if (result.Rows.Count == 0) return new PathExpansion([], []);
        var links = Decode.List(result.Rows[0][1]).Select(Decode.List)
            .Select(l => StatementLink.Through((string)l[0]!, (string)l[1]!, (string)l[2]!, (bool)l[3]!, (bool)l[4]!)).ToList();
        return new PathExpansion(Edges(result.Rows[0][0]), links);
    }

    /// <summary>The sides come from the store (get-sides.cypher); the pairs are counted by Core's definition.</summary>
    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        if (actorIds is { Count: 0 }) return AgreementCounts.OfSides([], ct);
        var result = await RunAsync(cypher.Query(Q.GetSides, ("actorIds", actorIds), ("from", from), ("to", to)), ct);
        return AgreementCounts.OfSides(result.Rows.Select(r => ((string)r[0]!, (string)r[1]!, (int)(long)r[2]!)), ct);
    }

    /// <summary>The spans come from the store without their evidence (get-side-history.cypher); Core numbers and sorts them.</summary>
    public async Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var result = await RunAsync(cypher.Query(Q.GetSideHistory, ("from", from), ("to", to)), ct);
        return SideHistory.Of(result.Rows.Select(r => new SideSpan((string)r[0]!, (string)r[1]!, (bool)r[2]! ? -1 : 1,
            (DateOnly?)r[3], (DateOnly?)r[4], (string)r[5]!)).ToList(), ct);
    }

    private static List<GraphEdge> Edges(object? rows) =>
        Decode.List(rows).Select(Decode.List).Select(e => new GraphEdge((string)e[0]!, (string)e[1]!, (string)e[2]!)).ToList();
}
