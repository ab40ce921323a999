namespace Graph.Core;

/// <summary>A path between two nodes: the nodes in order and, between each pair, the edge in its stored direction.</summary>
public sealed record GraphPath(IReadOnlyList<string> NodeIds, IReadOnlyList<GraphEdge> Edges)
{
    public int Length => Edges.Count;
}

/// <summary>
/// Two hops through one statement: Node and Other are both its speaker or one of its about-targets. First joins Node
/// to the statement, Second the statement to Other, each in its stored direction (MADE where that end is the speaker,
/// else ABOUT). The edges are made when asked for: a hub's ten thousand links are read on every search step, and only
/// the few a path takes need them.
/// </summary>
public sealed record StatementLink(string NodeId, string OtherId, string StatementId, bool NodeSpeaks, bool OtherSpeaks)
{
    public GraphEdge First => Edge(NodeId, NodeSpeaks);

    public GraphEdge Second => Edge(OtherId, OtherSpeaks);

    /// <summary>The link through a statement, each end joined to it by MADE where that end is its speaker, else by ABOUT.</summary>
    public static StatementLink Through(string nodeId, string otherId, string statementId, bool nodeSpeaks, bool otherSpeaks) =>
        new(nodeId, otherId, statementId, nodeSpeaks, otherSpeaks);

    private GraphEdge Edge(string end, bool speaks) =>
        speaks ? new GraphEdge(end, Relations.Made, StatementId) : new GraphEdge(StatementId, Relations.About, end);
}

/// <summary>What one search step reads about some nodes: their edges, and statements they reach as links instead of as nodes.</summary>
public sealed record PathExpansion(IReadOnlyList<GraphEdge> Edges, IReadOnlyList<StatementLink> Links);
