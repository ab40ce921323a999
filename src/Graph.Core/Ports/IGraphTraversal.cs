namespace Graph.Core;

/// <summary>Walking the graph a level at a time, with the limits a map and a path search need.</summary>
public interface IGraphTraversal
{
    /// <summary>
    /// Edges of the nodes as <see cref="IEdgeReader.GetEdgesAsync"/> finds them, but at most <paramref name="maxPerNode"/> of
    /// each node's (both directions counted), and which nodes had more (their edges were cut). Which edges a cut node keeps is
    /// the store's choice, the same for the same data (<see cref="EdgeScanTraversal"/> keeps the first in (relation, other
    /// end) order; the embedded store a speaker's newest statements); a node that is not cut keeps all of them. A store where
    /// one node can have a hundred thousand edges (a speaker's statements) limits in its query.
    /// </summary>
    Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default);

    /// <summary>
    /// One step of path search from the nodes: their edges as <see cref="IEdgeReader.GetEdgesAsync"/> finds them, except that
    /// a store may leave out the edges to statements (MADE, ABOUT) and give, for each other node such a statement joins them
    /// to, one <see cref="StatementLink"/> instead (a statement's neighbours are its speaker and its about-targets). It must
    /// not do so for the statements in <paramref name="keepStatementIds"/> (the path's ends) nor for any statement that
    /// another statement is about.
    /// </summary>
    Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default);
}
