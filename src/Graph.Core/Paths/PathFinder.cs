namespace Graph.Core;

/// <summary>
/// Shortest path by bidirectional breadth-first search, one store round trip per level, always expanding the
/// side with fewer nodes waiting. A store may return a statement between two nodes as a link of two hops
/// (<see cref="IGraphTraversal.ExpandForPathAsync"/>) rather than as a node, so a speaker with a hundred thousand
/// statements puts its few thousand distinct subjects on the frontier instead; the search then finishes
/// each level with the nodes linked from two levels before, and stops once no shorter path can exist.
/// Ties are broken by id, so the same graph gives the same path: a node reached at the same distance keeps the
/// first parent in (parent id, node id, relation) order, direct edges before links; the path goes through the
/// first node found by both sides at the shortest length, in that order.
/// </summary>
public sealed class PathFinder(INodeReader nodes, IGraphTraversal traversal)
{
    public const int MaxHops = 8;

    public async Task<GraphPath?> FindAsync(string fromId, string toId, int maxHops, CancellationToken ct = default)
    {
        Ids.Require(fromId, "from");
        Ids.Require(toId, "to");
        if (maxHops < 1 || maxHops > MaxHops)
            throw new GraphException(ErrorCodes.BadUserInput, $"'maxHops' must be between 1 and {MaxHops}, got {maxHops}.");
        var labels = await nodes.GetLabelsAsync([fromId, toId], ct);
        foreach (var (id, field) in new[] { (fromId, "from"), (toId, "to") })
            if (!labels.ContainsKey(id))
                throw new GraphException(ErrorCodes.NotFound, $"'{field}': no node with id '{id}'.");
        if (fromId == toId) return new GraphPath([fromId], []);
        // An end that is a statement must be reachable as a node: the store keeps its edges out of links.
        var ends = labels.Where(l => l.Value == NodeLabel.Statement).Select(l => l.Key).ToList();

        var forward = new Side(fromId);
        var backward = new Side(toId);
        (int Length, string Node)? best = null;
        // Each step adds one to a side's radius; any path of length at most the two radii is then found (best).
        while (forward.Radius + backward.Radius < maxHops && forward.Waiting > 0 && backward.Waiting > 0)
        {
            var (side, other) = forward.Waiting <= backward.Waiting ? (forward, backward) : (backward, forward);
            var expansion = await traversal.ExpandForPathAsync(side.Frontier, ends, ct);
            foreach (var candidate in side.Expand(expansion, other, ct))
                if (best is null || candidate.Length < best.Value.Length) best = candidate;
            // A path shorter than the radii plus one would have been found already: the best is the shortest.
            if (best is { } found && found.Length <= forward.Radius + backward.Radius + 1)
                return found.Length <= maxHops ? Join(forward, backward, found.Node) : null;
        }
        return best is { } last && last.Length <= maxHops ? Join(forward, backward, last.Node) : null;
    }

    private static GraphPath Join(Side forward, Side backward, string meeting)
    {
        var nodes = new List<string>();
        var edges = new List<GraphEdge>();
        for (var id = meeting; forward.StepTo(id) is { } step; id = step.Node)
            step.AppendReversed(id, nodes, edges);
        nodes.Add(forward.Origin);
        nodes.Reverse();
        edges.Reverse();
        for (var id = meeting; backward.StepTo(id) is { } step; id = step.Node)
            step.AppendForward(nodes, edges);
        return new GraphPath(nodes, edges);
    }

    /// <summary>How a node was reached: from Node by Edge, or by a link through a statement.</summary>
    private sealed record Step(string Node, GraphEdge Edge, StatementLink? Link = null)
    {
        /// <summary>Adds this step walking towards the origin (node ids and edges in reverse).</summary>
        public void AppendReversed(string reached, List<string> nodes, List<GraphEdge> edges)
        {
            nodes.Add(reached);
            if (Link is { } l) { edges.Add(l.Second); nodes.Add(l.StatementId); edges.Add(l.First); }
            else edges.Add(Edge);
        }

        /// <summary>Adds this step walking away from the meeting towards the origin of the other side.</summary>
        public void AppendForward(List<string> nodes, List<GraphEdge> edges)
        {
            if (Link is { } l) { edges.Add(l.Second); nodes.Add(l.StatementId); edges.Add(l.First); }
            else edges.Add(Edge);
            nodes.Add(Node);
        }
    }

    private sealed class Side(string origin)
    {
        public string Origin { get; } = origin;
        /// <summary>Nodes at their final distance (at most Radius) and how they were reached.</summary>
        public Dictionary<string, (int Distance, Step? Step)> Reached { get; } = new() { [origin] = (0, null) };
        /// <summary>Nodes linked from the level before the frontier: at Radius + 1 unless a direct edge reaches them first.</summary>
        private Dictionary<string, Step> linked = new();
        public List<string> Frontier { get; private set; } = [origin];
        public int Radius { get; private set; }
        public int Waiting => Frontier.Count + linked.Count;

        public Step? StepTo(string id) => Reached.TryGetValue(id, out var r) ? r.Step : linked.GetValueOrDefault(id);

        /// <summary>Distance of a node this side has reached, or will reach at Radius + 1 through a link; null if neither.</summary>
        private int? DistanceOf(string id) => Reached.TryGetValue(id, out var r) ? r.Distance : linked.ContainsKey(id) ? Radius + 1 : null;

        /// <summary>Moves the frontier one hop out; returns, in the order found, nodes both sides know with the path length through them.</summary>
        public List<(int Length, string Node)> Expand(PathExpansion expansion, Side other, CancellationToken ct)
        {
            // Only the frontier's own lists: a hub's ten thousand neighbours need none.
            var byNode = Frontier.ToDictionary(n => n, _ => new List<(string Neighbour, GraphEdge Edge)>());
            foreach (var edge in expansion.Edges)
            {
                if (byNode.TryGetValue(edge.FromId, out var from)) from.Add((edge.ToId, edge));
                if (byNode.TryGetValue(edge.ToId, out var to)) to.Add((edge.FromId, edge));
            }
            var linksOf = expansion.Links.GroupBy(l => l.NodeId).ToDictionary(g => g.Key, g => g.OrderBy(l => l.OtherId, StringComparer.Ordinal).ToList());
            var meetings = new List<(int, string)>();
            void Meet(string node, int distance)
            {
                if (other.DistanceOf(node) is { } there) meetings.Add((distance + there, node));
            }
            var next = new List<string>();
            var frontier = Frontier.Order(StringComparer.Ordinal).ToList();
            foreach (var node in frontier)
            {
                ct.ThrowIfCancellationRequested(); // once per node: a wide frontier is a long loop
                if (!byNode.TryGetValue(node, out var neighbours)) continue;
                foreach (var (neighbour, edge) in neighbours.OrderBy(n => n.Neighbour, StringComparer.Ordinal).ThenBy(n => n.Edge.Relation, StringComparer.Ordinal))
                {
                    if (!Reached.TryAdd(neighbour, (Radius + 1, new Step(node, edge)))) continue;
                    next.Add(neighbour);
                    Meet(neighbour, Radius + 1);
                }
            }
            // Nodes linked from the level before, not reached directly at the same distance.
            foreach (var (node, step) in linked.OrderBy(l => l.Value.Node, StringComparer.Ordinal).ThenBy(l => l.Key, StringComparer.Ordinal))
            {
                if (!Reached.TryAdd(node, (Radius + 1, step))) continue;
                next.Add(node);
                Meet(node, Radius + 1);
            }
            linked = new Dictionary<string, Step>();
            Radius++;
            // Links from the frontier reach Radius + 1 (the old radius + 2).
            foreach (var node in frontier)
            {
                ct.ThrowIfCancellationRequested();
                if (!linksOf.TryGetValue(node, out var links)) continue;
                foreach (var link in links)
                {
                    if (Reached.ContainsKey(link.OtherId) || !linked.TryAdd(link.OtherId, new Step(node, link.First, link))) continue;
                    Meet(link.OtherId, Radius + 1);
                }
            }
            Frontier = next;
            return meetings;
        }
    }
}
