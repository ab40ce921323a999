using Graph.Core;
using Graph.Store.Embedded;

namespace Graph.Store.Tests;

/// <summary>
/// Path search over the embedded store's statement links against a plain breadth-first search over every edge, and
/// over a store without links (the default of IGraphStore.ExpandForPathAsync, as the Neo4j store has) against the
/// search as it was before links, path for path.
/// </summary>
public sealed class PathSearchTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-path-tests", Guid.NewGuid().ToString("N"));
    private SqliteGraphStore store = null!;
    private List<string> nodes = [];

    public async Task InitializeAsync()
    {
        store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await store.InitializeAsync();
        nodes = await SeedAsync(store, new Random(11));
    }

    public Task DisposeAsync()
    {
        store.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A small random graph: states, people representing them, drafts, an alliance, positions, and statements
    /// about nothing, one or two targets, or their own speaker.</summary>
    private static async Task<List<string>> SeedAsync(IGraphStore store, Random random)
    {
        var states = Enumerable.Range(0, 8).Select(i => $"state-{i}").ToList();
        var people = Enumerable.Range(0, 5).Select(i => $"p{i}").ToList();
        var drafts = Enumerable.Range(0, 6).Select(i => $"draft-{i}").ToList();
        var writes = new List<GraphWrite>();
        writes.AddRange(states.Select(s => new CreateActor(new Actor(s, ActorKind.State, s, [], null))));
        writes.AddRange(people.Select(p => new CreateActor(new Actor(p, ActorKind.Person, p, [], null))));
        writes.AddRange(drafts.Select(d => new CreateDraft(new Draft(d, DraftKind.Resolution, d, null, null))));
        writes.Add(new CreateAlliance(new Alliance("bloc", AllianceKind.NegotiatingForum, "Bloc", null)));
        writes.Add(new CreateSource(new Source("src", SourceKind.Report, "Report", null, new DateOnly(2020, 1, 1), null, null)));
        await store.ApplyAsync(writes);
        writes.Clear();
        var f = 0;
        foreach (var p in people)
            writes.Add(new CreateRole(new Role($"f{f++}", p, states[random.Next(states.Count)], "envoy", null, null, [new Evidence("src", null, null)])));
        for (var i = 0; i < 6; i++)
            writes.Add(new CreatePosition(new Position($"f{f++}", states[random.Next(states.Count)], drafts[random.Next(drafts.Count)],
                Stance.Backs, null, null, [new Evidence("src", null, null)])));
        writes.Add(new CreateMembership(new Membership($"f{f++}", states[0], "bloc", null, null, [new Evidence("src", null, null)])));
        var speakers = states.Concat(people).ToList();
        var targets = states.Concat(drafts).Append("bloc").ToList();
        var statements = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var speaker = speakers[random.Next(speakers.Count)];
            var about = random.Next(4) switch
            {
                0 => [],
                1 => [targets[random.Next(targets.Count)]],
                2 => new[] { targets[random.Next(targets.Count)], targets[random.Next(targets.Count)] }.Distinct().ToArray(),
                _ => [speaker],
            };
            var id = $"s{random.Next(100)}-{i}";
            statements.Add(id);
            writes.Add(new CreateStatement(new Statement(id, speaker, null, null, StatementKind.Quote, "Words.", "src", null, null, about)));
        }
        await store.ApplyAsync(writes);
        return [.. speakers, .. drafts, "bloc", .. statements.Take(8)];
    }

    /// <summary>Distance by plain breadth-first search over every edge, or null beyond maxHops.</summary>
    private static async Task<int?> DistanceAsync(IGraphStore store, string from, string to, int maxHops)
    {
        if (from == to) return 0;
        var seen = new HashSet<string> { from };
        var frontier = new List<string> { from };
        for (var d = 1; d <= maxHops && frontier.Count > 0; d++)
        {
            var edges = await store.GetEdgesAsync(frontier);
            frontier = edges.SelectMany(e => new[] { e.FromId, e.ToId }).Where(seen.Add).ToList();
            if (frontier.Contains(to)) return d;
        }
        return null;
    }

    private static async Task AssertIsAPathAsync(IGraphStore store, GraphPath path, string from, string to)
    {
        Assert.Equal(from, path.NodeIds[0]);
        Assert.Equal(to, path.NodeIds[^1]);
        Assert.Equal(path.NodeIds.Count - 1, path.Edges.Count);
        Assert.Equal(path.NodeIds.Count, path.NodeIds.Distinct().Count());
        for (var i = 0; i < path.Edges.Count; i++)
        {
            Assert.Equal(new[] { path.NodeIds[i], path.NodeIds[i + 1] }.Order(), new[] { path.Edges[i].FromId, path.Edges[i].ToId }.Order());
            Assert.Contains(path.Edges[i], await store.GetEdgesAsync([path.NodeIds[i]]));
        }
    }

    [Fact]
    public async Task Paths_through_statement_links_are_shortest_paths_of_the_whole_graph()
    {
        var finder = new PathFinder(store, store);
        var checkedPaths = 0;
        foreach (var from in nodes)
            foreach (var to in nodes)
                foreach (var maxHops in new[] { 1, 2, 4 })
                {
                    var expected = await DistanceAsync(store, from, to, maxHops);
                    var path = await finder.FindAsync(from, to, maxHops);
                    Assert.True(expected == path?.Length, $"{from} -> {to} (max {maxHops}): expected {expected}, got {path?.Length}");
                    if (path is null) continue;
                    await AssertIsAPathAsync(store, path, from, to);
                    checkedPaths++;
                }
        Assert.True(checkedPaths > 100);
    }

    [Fact]
    public async Task The_embedded_store_links_statements_and_keeps_the_ends()
    {
        var speaker = (await store.GetStatementsAsync([nodes[^1]])).Single().SpeakerId;
        var expansion = await store.ExpandForPathAsync([speaker], [nodes[^1]]);
        Assert.DoesNotContain(expansion.Edges, e => e.Relation == "MADE" && e.ToId != nodes[^1]);
        Assert.Contains(expansion.Edges, e => e.Relation == "MADE" && e.ToId == nodes[^1]);
        Assert.NotEmpty(expansion.Links);
        Assert.All(expansion.Links, l => Assert.Equal(speaker, l.NodeId));
    }

    [Fact]
    public async Task Without_links_the_search_finds_the_same_paths_as_before()
    {
        var plain = new WithoutLinks(store);
        var finder = new PathFinder(plain, plain);
        var before = new PathBeforeLinks(plain);
        foreach (var from in nodes)
            foreach (var to in nodes)
                foreach (var maxHops in new[] { 1, 3, 4 })
                {
                    var expected = await before.FindAsync(from, to, maxHops);
                    var actual = await finder.FindAsync(from, to, maxHops);
                    Assert.Equal(expected?.NodeIds, actual?.NodeIds);
                    Assert.Equal(expected?.Edges, actual?.Edges);
                }
    }

    [Fact]
    public async Task A_statement_about_a_statement_turns_links_off_and_paths_stay_shortest()
    {
        var statement = nodes[^1];
        await store.ApplyAsync([new CreateStatement(new Statement("quoting", "state-7", null, null, StatementKind.Quote, "As said.", "src", null, null, [statement]))]);
        var expansion = await store.ExpandForPathAsync(["state-7"], []);
        Assert.Empty(expansion.Links);
        Assert.Contains(expansion.Edges, e => e.Relation == "MADE" && e.ToId == "quoting");
        var finder = new PathFinder(store, store);
        foreach (var to in nodes)
            Assert.Equal(await DistanceAsync(store, "state-7", to, 4), (await finder.FindAsync("state-7", to, 4))?.Length);
    }

    [Fact]
    public async Task A_search_costs_at_most_one_round_trip_per_hop_and_one_for_the_ends()
    {
        var finder = new PathFinder(store, store);
        foreach (var (from, to) in new[] { (nodes[0], nodes[7]), (nodes[3], nodes[^1]), (nodes[8], "bloc") })
        {
            var counter = RoundTrips.Begin();
            await finder.FindAsync(from, to, 4);
            Assert.InRange(counter.Count, 1, 5);
        }
    }

    [Fact]
    public async Task Links_written_one_by_one_and_rebuilt_after_a_bulk_load_are_the_same()
    {
        var again = new SqliteGraphStore(Path.Combine(folder, "bulk.db"));
        try
        {
            await again.InitializeAsync();
            await again.BeginBulkLoadAsync();
            await SeedAsync(again, new Random(11));
            await again.EndBulkLoadAsync();
            foreach (var node in nodes)
            {
                var one = await store.ExpandForPathAsync([node], []);
                var bulk = await again.ExpandForPathAsync([node], []);
                Assert.Equal(one.Links.OrderBy(l => l.OtherId, StringComparer.Ordinal), bulk.Links.OrderBy(l => l.OtherId, StringComparer.Ordinal));
                Assert.Equal(one.Edges, bulk.Edges);
            }
        }
        finally
        {
            again.Dispose();
        }
    }

    /// <summary>A store that leaves ExpandForPathAsync to the generic traversal (every edge, no links).</summary>
    private sealed class WithoutLinks(IGraphStore inner) : IGraphStore
    {
        public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);
        public Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default) => inner.CheckHealthAsync(ct);
        public Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetLabelsAsync(ids, ct);
        public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetActorsAsync(ids, ct);
        public Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetDraftsAsync(ids, ct);
        public Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetAlliancesAsync(ids, ct);
        public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetStatementsAsync(ids, ct);
        public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetSourcesAsync(ids, ct);
        public Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default) => inner.FindActorsAsync(filter, page, ct);
        public Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default) => inner.FindDraftsAsync(filter, page, ct);
        public Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default) => inner.FindAlliancesAsync(filter, page, ct);
        public Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default) => inner.FindSourcesAsync(page, ct);
        public Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default) => inner.FindStatementsAsync(filter, page, ct);
        public Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds, StatementFilter filter,
            PageRequest page, CancellationToken ct = default) => inner.FindStatementsBySpeakersAsync(speakerIds, filter, page, ct);
        public Task<IReadOnlyList<Position>> GetPositionsAsync(FactFilter filter, Stance? stance = null, CancellationToken ct = default) => inner.GetPositionsAsync(filter, stance, ct);
        public Task<IReadOnlyList<Membership>> GetMembershipsAsync(FactFilter filter, CancellationToken ct = default) => inner.GetMembershipsAsync(filter, ct);
        public Task<IReadOnlyList<Role>> GetRolesAsync(FactFilter filter, CancellationToken ct = default) => inner.GetRolesAsync(filter, ct);
        public Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default) =>
            inner.GetRetractionsAsync(subjectIds, ct);
        public Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) => inner.GetVotesAsync(draftIds, ct);
        public Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default) => inner.GetBallotsAsync(filter, ct);
        public Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) => inner.GetDraftStatusHistoryAsync(draftIds, ct);
        public Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) => inner.GetDraftRelationsAsync(draftIds, ct);
        public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default) => inner.GetEdgesAsync(nodeIds, ct);
        public Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default) => inner.GetExtractionsAsync(filter, ct);
        public Task ApplyAsync(IReadOnlyList<GraphWrite> writes, CancellationToken ct = default) => inner.ApplyAsync(writes, ct);
        public Task<string?> GetMarkerAsync(string key, CancellationToken ct = default) => inner.GetMarkerAsync(key, ct);
        public Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default) => inner.GetVotesByIdAsync(voteIds, ct);
        public Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default) =>
            new EdgeScanTraversal(this).SampleEdgesAsync(nodeIds, maxPerNode, ct);
        public Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
            CancellationToken ct = default) => new EdgeScanTraversal(this).ExpandForPathAsync(nodeIds, keepStatementIds, ct);
        public Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
            new FactScanAlignment(this).GetAgreementsAsync(actorIds, from, to, ct);
        public Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
            new FactScanAlignment(this).GetSideHistoryAsync(from, to, ct);
        public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) => inner.QueryStatementsAsync(query, page, ct);
        public Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default) => inner.QueryDraftsAsync(query, page, ct);
        public Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where,
            CancellationToken ct = default) => inner.CountPositionsAsync(draftIds, where, ct);
        public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) => inner.QueryActorsAsync(query, page, ct);
        public Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
            CancellationToken ct = default) => inner.FindPositionsAsync(actorIds, where, ct);
        public Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
            CancellationToken ct = default) => inner.AggregatePositionsAsync(actorIds, where, ct);
    }

    /// <summary>PathFinder as it was before statement links (commit f137b17), kept to check that a store without links sees no change.</summary>
    private sealed class PathBeforeLinks(IGraphStore store)
    {
        public async Task<GraphPath?> FindAsync(string fromId, string toId, int maxHops)
        {
            if (fromId == toId) return new GraphPath([fromId], []);
            var forward = new Side(fromId);
            var backward = new Side(toId);
            var hops = 0;
            while (hops < maxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
            {
                var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
                var edges = await store.GetEdgesAsync(side.Frontier);
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
}
