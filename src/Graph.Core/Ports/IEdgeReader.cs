namespace Graph.Core;

/// <summary>The graph as relations between nodes, whatever fact or statement each stands for.</summary>
public interface IEdgeReader
{
    /// <summary>Every edge with one of the nodes at either end, but none of a retracted fact or statement.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default);

}
