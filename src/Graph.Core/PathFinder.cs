namespace Graph.Core;

/// <summary>A path between two nodes: the nodes in order and, between each pair, the edge in its stored direction.</summary>
public sealed record GraphPath(IReadOnlyList<string> NodeIds, IReadOnlyList<GraphEdge> Edges)
{
    public int Length => Edges.Count;
}

/// <summary>
/// Shortest path by bidirectional breadth-first search, one store round trip per level, always
/// expanding the smaller frontier. Ties are broken by id, so the same graph gives the same path.
/// </summary>
public sealed class PathFinder(IGraphStore store)
{
    public const int MaxHops = 8;

    public async Task<GraphPath?> FindAsync(string fromId, string toId, int maxHops, CancellationToken ct = default)
    {
        Ids.Require(fromId, "from");
        Ids.Require(toId, "to");
        if (maxHops < 1 || maxHops > MaxHops)
            throw new GraphException(ErrorCodes.BadUserInput, $"'maxHops' must be between 1 and {MaxHops}, got {maxHops}.");
        var labels = await store.GetLabelsAsync([fromId, toId], ct);
        foreach (var (id, field) in new[] { (fromId, "from"), (toId, "to") })
            if (!labels.ContainsKey(id))
                throw new GraphException(ErrorCodes.NotFound, $"'{field}': no node with id '{id}'.");
        if (fromId == toId) return new GraphPath([fromId], []);

        var forward = new Side(fromId);
        var backward = new Side(toId);
        var hops = 0;
        while (hops < maxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var edges = await store.GetEdgesAsync(side.Frontier, ct);
            var meeting = side.Expand(edges, other);
            hops++;
            if (meeting is not null)
                return Join(forward, backward, meeting);
        }
        return null;
    }

    private static GraphPath Join(Side forward, Side backward, string meeting)
    {
        var nodes = new List<string>();
        var edges = new List<GraphEdge>();
        for (var id = meeting; forward.Parents[id] is { } step; id = step.Node)
        {
            nodes.Add(id);
            edges.Add(step.Edge);
        }
        nodes.Add(forward.Origin);
        nodes.Reverse();
        edges.Reverse();
        for (var id = meeting; backward.Parents[id] is { } step; id = step.Node)
        {
            nodes.Add(step.Node);
            edges.Add(step.Edge);
        }
        return new GraphPath(nodes, edges);
    }

    private sealed record Step(string Node, GraphEdge Edge);

    private sealed class Side(string origin)
    {
        public string Origin { get; } = origin;
        public Dictionary<string, Step?> Parents { get; } = new() { [origin] = null };
        public List<string> Frontier { get; private set; } = [origin];

        /// <summary>Moves the frontier one hop out; returns the first node (in id order) the other side has reached.</summary>
        public string? Expand(IReadOnlyList<GraphEdge> edges, Side other)
        {
            var byNode = new Dictionary<string, List<(string Neighbour, GraphEdge Edge)>>();
            foreach (var edge in edges)
            {
                Add(byNode, edge.FromId, edge.ToId, edge);
                Add(byNode, edge.ToId, edge.FromId, edge);
            }
            var next = new List<string>();
            string? meeting = null;
            foreach (var node in Frontier.Order(StringComparer.Ordinal))
            {
                if (!byNode.TryGetValue(node, out var neighbours)) continue;
                foreach (var (neighbour, edge) in neighbours.OrderBy(n => n.Neighbour, StringComparer.Ordinal).ThenBy(n => n.Edge.Relation, StringComparer.Ordinal))
                {
                    if (!Parents.TryAdd(neighbour, new Step(node, edge))) continue;
                    next.Add(neighbour);
                    if (meeting is null && other.Parents.ContainsKey(neighbour)) meeting = neighbour;
                }
            }
            Frontier = next;
            return meeting;
        }

        private static void Add(Dictionary<string, List<(string, GraphEdge)>> byNode, string node, string neighbour, GraphEdge edge)
        {
            if (!byNode.TryGetValue(node, out var list)) byNode[node] = list = [];
            list.Add((neighbour, edge));
        }
    }
}
