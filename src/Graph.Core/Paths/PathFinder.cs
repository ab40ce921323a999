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
            if (side.Expand(expansion, other, ct) is { } candidate && (best is null || candidate.Length < best.Value.Length))
                best = (candidate.Length, candidate.Node);
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

        /// <summary>
        /// Moves the frontier one hop out; returns the first node both sides know, by path length through it, then in the
        /// order of the doc comment's tie rule (<see cref="Meeting"/>), or null if none.
        /// A node keeps the least parent (and relation) over all the step's edges, as if they were read sorted; nothing is
        /// sorted or grouped, so a hub's ten thousand links cost one pass and no large buffers.
        /// </summary>
        public Meeting? Expand(PathExpansion expansion, Side other, CancellationToken ct)
        {
            var frontier = Frontier.ToHashSet();
            var level = Radius + 1;
            var next = new List<string>();
            foreach (var edge in expansion.Edges)
            {
                ct.ThrowIfCancellationRequested();
                if (frontier.Contains(edge.FromId)) ReachDirectly(edge.FromId, edge.ToId, edge, level, next);
                if (frontier.Contains(edge.ToId)) ReachDirectly(edge.ToId, edge.FromId, edge, level, next);
            }
            Meeting? best = null;
            foreach (var node in next) best = Meeting.Earlier(best, Meet(other, node, level, 0, Reached[node].Step!.Node));
            // Nodes linked from the level before, not reached directly at the same distance.
            foreach (var (node, step) in linked)
            {
                if (!Reached.TryAdd(node, (level, step))) continue;
                next.Add(node);
                best = Meeting.Earlier(best, Meet(other, node, level, 1, step.Node));
            }
            linked = new Dictionary<string, Step>();
            Radius = level;
            // Links from the frontier reach Radius + 1 (the old radius + 2).
            foreach (var link in expansion.Links)
            {
                ct.ThrowIfCancellationRequested();
                if (!frontier.Contains(link.NodeId) || Reached.ContainsKey(link.OtherId)) continue;
                if (linked.TryGetValue(link.OtherId, out var known) && string.CompareOrdinal(known.Node, link.NodeId) <= 0) continue;
                linked[link.OtherId] = new Step(link.NodeId, link.First, link);
            }
            foreach (var (node, step) in linked) best = Meeting.Earlier(best, Meet(other, node, Radius + 1, 2, step.Node));
            Frontier = next;
            return best;
        }

        /// <summary>A node first reached at this level keeps the least (parent, relation) of the edges that reach it.</summary>
        private void ReachDirectly(string parent, string node, GraphEdge edge, int level, List<string> next)
        {
            if (!Reached.TryGetValue(node, out var known)) { Reached[node] = (level, new Step(parent, edge)); next.Add(node); return; }
            if (known.Distance != level || known.Step is not { } step) return;
            var order = string.CompareOrdinal(parent, step.Node);
            if (order < 0 || order == 0 && string.CompareOrdinal(edge.Relation, step.Edge.Relation) < 0) Reached[node] = (level, new Step(parent, edge));
        }

        private static Meeting? Meet(Side other, string node, int distance, int phase, string parent) =>
            other.DistanceOf(node) is { } there ? new Meeting(distance + there, phase, parent, node) : null;
    }

    /// <summary>
    /// A node both sides know. Of one step's meetings the first is the shortest, then by phase (reached by a direct edge,
    /// then linked from the level before, then linked from the frontier), then by parent id, then by node id: the order
    /// in which the search met them when it read each node's edges sorted.
    /// </summary>
    private sealed record Meeting(int Length, int Phase, string Parent, string Node)
    {
        public static Meeting? Earlier(Meeting? a, Meeting? b) => a is null ? b : b is null || Compare(a, b) <= 0 ? a : b;

        private static int Compare(Meeting a, Meeting b)
        {
            var c = a.Length.CompareTo(b.Length);
            if (c == 0) c = a.Phase.CompareTo(b.Phase);
            if (c == 0) c = string.CompareOrdinal(a.Parent, b.Parent);
            return c != 0 ? c : string.CompareOrdinal(a.Node, b.Node);
        }
    }
}
