namespace Graph.Core;

/// <summary>Some of the edges of some nodes (see <see cref="IGraphTraversal.SampleEdgesAsync"/>); CutNodeIds had more than were kept.</summary>
public sealed record EdgeSample(IReadOnlyList<GraphEdge> Edges, IReadOnlySet<string> CutNodeIds);
