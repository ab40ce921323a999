namespace Graph.Core;

/// <summary>
/// Traversal over the edge reader alone, for a store with no native way: it reads every edge of the nodes and keeps each
/// node's first in (relation, other end) order, and gives path search every edge and no links. It is also the definition
/// the stores' own traversal is pinned to.
/// </summary>
public sealed class EdgeScanTraversal(IEdgeReader edges) : IGraphTraversal
{
    public async Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerNode, 1);
        var all = await edges.GetEdgesAsync(nodeIds, ct);
        var kept = new HashSet<GraphEdge>();
        var cut = new HashSet<string>();
        foreach (var id in nodeIds.Distinct())
        {
            ct.ThrowIfCancellationRequested(); // each node scans every edge read
            var mine = all.Where(e => e.FromId == id || e.ToId == id)
                .OrderBy(e => e.Relation, StringComparer.Ordinal).ThenBy(e => e.FromId == id ? e.ToId : e.FromId, StringComparer.Ordinal).ToList();
            if (mine.Count > maxPerNode) cut.Add(id);
            kept.UnionWith(mine.Take(maxPerNode));
        }
        return new EdgeSample(kept.ToList(), cut);
    }

    public async Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default) => new(await edges.GetEdgesAsync(nodeIds, ct), []);
}
