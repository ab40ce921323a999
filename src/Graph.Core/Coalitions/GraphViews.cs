namespace Graph.Core.Coalitions;

/// <summary>
/// Nodes and edges for drawing and export, for one scope: a draft (its sides and alternatives, as of a
/// day), an actor's neighbourhood to a depth, or a date window (the alignment graph with the drafts).
/// Actors are coloured by the blocs found on the alignment graph of the same period.
/// </summary>
public sealed class GraphViews(INodeReader nodes, IFactReader facts, IGraphTraversal traversal, CoalitionService coalitions)
{
    private readonly EdgeEvidence evidence = new(nodes, facts);

    public const int MaxDepth = 3;

    /// <summary>
    /// A neighbourhood follows at most this many edges of each node it reaches, and lists the nodes that have more:
    /// a talkative speaker has a hundred thousand statements, which no drawing can show and no request should fetch.
    /// </summary>
    public const int MaxEdgesPerNode = 25;

    public Task<GraphView> BuildAsync(GraphScope scope, string? id, int depth, DateOnly? asOf, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        scope switch
        {
            GraphScope.Draft => DraftAsync(Ids.Require(id, "id"), asOf, ct),
            GraphScope.Neighbourhood => NeighbourhoodAsync(Ids.Require(id, "id"), depth, asOf, ct),
            _ => WindowAsync(from, to, ct),
        };

    private async Task<GraphView> DraftAsync(string draftId, DateOnly? asOf, CancellationToken ct)
    {
        var sides = await coalitions.SidesAsync(draftId, asOf, ct);
        var relations = await facts.GetDraftRelationsAsync([draftId], ct);
        // Positions on every related draft too, alternatives and versions (China proposing its statement while opposing the draft).
        var related = relations.Select(r => r.FromId == draftId ? r.ToId : r.FromId).Distinct().ToList();
        var onRelated = related.Count == 0 ? [] : await facts.GetPositionsAsync(new FactFilter(ObjectIds: related, AsOf: asOf), null, ct);
        var edges = EdgeEvidence.Merge(sides.Members.SelectMany(m => m.Positions).Concat(onRelated)
            .Select(p => (new ViewEdge(p.ActorId, p.DraftId, EnumNames.ToName(p.Stance), 1, p.Since, p.Until), p.Evidence))
            .Concat(relations.Select(r => (new ViewEdge(r.FromId, r.ToId, EnumNames.ToName(r.Kind), 1, null, null), (IReadOnlyList<Evidence>)[r.Evidence]))));
        var ids = edges.SelectMany(e => new[] { e.Source, e.Target }).Append(draftId)
            .Concat(sides.On(Side.NoStatedPosition).Select(m => m.ActorId)).Distinct().ToList();
        var alignment = await coalitions.AlignmentAsync(asOf, asOf, ids, ct);
        return new GraphView(GraphScope.Draft, await NodesAsync(ids, edges, alignment, ct), edges, alignment.Blocs);
    }

    private async Task<GraphView> NeighbourhoodAsync(string nodeId, int depth, DateOnly? asOf, CancellationToken ct)
    {
        if (depth < 1 || depth > MaxDepth)
            throw new GraphException(ErrorCodes.BadUserInput, $"'depth' must be between 1 and {MaxDepth}, got {depth}.");
        if ((await nodes.GetLabelsAsync([nodeId], ct)).Count == 0)
            throw new GraphException(ErrorCodes.NotFound, $"'id': no node with id '{nodeId}'.");
        var seen = new HashSet<string> { nodeId };
        var frontier = new List<string> { nodeId };
        var edges = new HashSet<GraphEdge>();
        var truncated = new SortedSet<string>(StringComparer.Ordinal);
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            ct.ThrowIfCancellationRequested();
            var found = await traversal.SampleEdgesAsync(frontier, MaxEdgesPerNode, ct); // one round trip per level
            edges.UnionWith(found.Edges);
            truncated.UnionWith(found.CutNodeIds);
            frontier = found.Edges.SelectMany(e => new[] { e.FromId, e.ToId }).Where(seen.Add).ToList();
        }
        var behind = await evidence.OfAsync(edges, ct);
        var viewEdges = edges.OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.Relation).ThenBy(e => e.ToId, StringComparer.Ordinal)
            .Select(e => new ViewEdge(e.FromId, e.ToId, e.Relation, 1, null, null).WithEvidence(behind[e])).ToList();
        var alignment = await coalitions.AlignmentAsync(asOf, asOf, seen, ct);
        return new GraphView(GraphScope.Neighbourhood, await NodesAsync(seen.ToList(), viewEdges, alignment, ct), viewEdges, alignment.Blocs)
            { TruncatedNodeIds = truncated.ToList() };
    }

    private async Task<GraphView> WindowAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var alignment = await coalitions.AlignmentAsync(from, to, ct: ct);
        // Ballots as the positions they amount to, as the alignment counted them.
        var ballots = await Ballots.AsPositionsAsync(facts, await facts.GetBallotsAsync(new FactFilter(SubjectIds: alignment.ActorIds), ct), ct);
        var positions = (await facts.GetPositionsAsync(new FactFilter(SubjectIds: alignment.ActorIds), null, ct)).Concat(ballots)
            .Where(p => Dates.Overlaps(p.Since, p.Until, from, to)).ToList();
        var aligned = await evidence.OfAlignmentAsync(alignment, positions, ct);
        var edges = positions.Select(p => new ViewEdge(p.ActorId, p.DraftId, EnumNames.ToName(p.Stance), 1, p.Since, p.Until).WithEvidence(p.Evidence))
            .Concat(alignment.Edges.Where(e => e.Weight != 0).Select(e => new ViewEdge(e.A, e.B, "ALIGNED", e.Weight, null, null).WithEvidence(aligned(e))))
            .ToList();
        var ids = alignment.ActorIds.Concat(alignment.DraftIds).ToList();
        return new GraphView(GraphScope.Window, await NodesAsync(ids, edges, alignment, ct), edges, alignment.Blocs);
    }

    /// <summary>Labels, kinds and blocs for the ids; a node's weight is how many edges of the view touch it.</summary>
    private async Task<List<ViewNode>> NodesAsync(IReadOnlyList<string> ids, IReadOnlyList<ViewEdge> edges, Alignment alignment, CancellationToken ct)
    {
        var labels = await nodes.GetLabelsAsync(ids, ct);
        string[] With(NodeLabel label) => labels.Where(l => l.Value == label).Select(l => l.Key).ToArray();
        var names = new Dictionary<string, (string Label, string Kind)>();
        foreach (var a in await nodes.GetActorsAsync(With(NodeLabel.Actor), ct)) names[a.Id] = (a.Name, EnumNames.ToName(a.Kind));
        foreach (var d in await nodes.GetDraftsAsync(With(NodeLabel.Draft), ct)) names[d.Id] = (d.Title, "DRAFT");
        foreach (var l in await nodes.GetAlliancesAsync(With(NodeLabel.Alliance), ct)) names[l.Id] = (l.Name, "ALLIANCE");
        foreach (var s in await nodes.GetStatementsAsync(With(NodeLabel.Statement), ct))
            names[s.Id] = (s.Text.Length > 60 ? s.Text[..57] + "..." : s.Text, "STATEMENT");
        foreach (var s in await nodes.GetSourcesAsync(With(NodeLabel.Source), ct)) names[s.Id] = (s.Title, "SOURCE");
        var degree = edges.SelectMany(e => new[] { e.Source, e.Target }).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        return ids.Where(names.ContainsKey).Order(StringComparer.Ordinal)
            .Select(id => new ViewNode(id, names[id].Label, names[id].Kind, alignment.BlocOf(id)?.Id, degree.GetValueOrDefault(id)))
            .ToList();
    }
}
