namespace Graph.Core.Coalitions;

public sealed record GraphView(GraphScope Scope, IReadOnlyList<ViewNode> Nodes, IReadOnlyList<ViewEdge> Edges, IReadOnlyList<Bloc> Blocs)
{
    /// <summary>Nodes of a neighbourhood that have more edges than the view shows (<see cref="GraphViews.MaxEdgesPerNode"/>), in id order.</summary>
    public IReadOnlyList<string> TruncatedNodeIds { get; init; } = [];
}
