namespace Graph.Core.Coalitions;

/// <summary>
/// The evidence behind a view's edges, for those built from bare graph edges (a neighbourhood) or derived from many
/// facts (an alignment): so that an exported edge says which sources and statements it rests on.
/// </summary>
internal sealed class EdgeEvidence(INodeReader nodes, IFactReader facts)
{
    private static readonly HashSet<string> Stances = Relations.Stances.ToHashSet();
    private static readonly HashSet<string> DraftRelations = Relations.DraftRelations.ToHashSet();

    /// <summary>Edges found more than once (two facts of the same shape) as one, with the evidence of all.</summary>
    public static List<ViewEdge> Merge(IEnumerable<(ViewEdge Edge, IReadOnlyList<Evidence> Evidence)> edges) =>
        edges.GroupBy(x => (x.Edge.Source, x.Edge.Target, x.Edge.Relation, x.Edge.Weight, x.Edge.Since, x.Edge.Until))
            .Select(g => g.First().Edge.WithEvidence(g.SelectMany(x => x.Evidence)))
            .ToList();

    /// <summary>
    /// The evidence of each graph edge, one query per kind of fact: positions, memberships, roles and draft relations carry
    /// their own; a statement's MADE and ABOUT edges rest on the statement itself, in its source. IN_FORUM is a draft's own
    /// attribute, which no source backs, and gets none.
    /// </summary>
    public async Task<IReadOnlyDictionary<GraphEdge, List<Evidence>>> OfAsync(IEnumerable<GraphEdge> edges, CancellationToken ct)
    {
        var found = edges.Distinct().ToDictionary(e => e, _ => new List<Evidence>());
        void Add(GraphEdge edge, IEnumerable<Evidence> evidence)
        {
            if (found.TryGetValue(edge, out var list)) list.AddRange(evidence);
        }
        List<GraphEdge> With(Func<string, bool> relation) => found.Keys.Where(e => relation(e.Relation)).ToList();
        // Subjects and objects together: only the facts between the edges' ends, not every fact of a busy actor.
        static FactFilter Between(List<GraphEdge> e) =>
            new(SubjectIds: e.Select(x => x.FromId).Distinct().ToList(), ObjectIds: e.Select(x => x.ToId).Distinct().ToList());

        if (With(Stances.Contains) is { Count: > 0 } stances)
            foreach (var p in await facts.GetPositionsAsync(Between(stances), null, ct))
                Add(new(p.ActorId, EnumNames.ToName(p.Stance), p.DraftId), p.Evidence);
        if (With(r => r == Relations.MemberOf) is { Count: > 0 } memberOf)
            foreach (var m in await facts.GetMembershipsAsync(Between(memberOf), ct))
                Add(new(m.ActorId, Relations.MemberOf, m.AllianceId), m.Evidence);
        if (With(r => r == Relations.Represents) is { Count: > 0 } represents)
            foreach (var r in await facts.GetRolesAsync(Between(represents), ct))
                Add(new(r.PersonId, Relations.Represents, r.RepresentsId), r.Evidence);
        if (With(DraftRelations.Contains) is { Count: > 0 } related)
            foreach (var r in await facts.GetDraftRelationsAsync(related.Select(e => e.FromId).Distinct().ToList(), ct))
                Add(new(r.FromId, EnumNames.ToName(r.Kind), r.ToId), [r.Evidence]);
        var statementIds = With(r => r == Relations.Made).Select(e => e.ToId).Concat(With(r => r == Relations.About).Select(e => e.FromId)).Distinct().ToList();
        if (statementIds.Count > 0)
            foreach (var s in await nodes.GetStatementsAsync(statementIds, ct))
            {
                Evidence[] itself = [new(s.SourceId, s.Id)];
                Add(new(s.SpeakerId, Relations.Made, s.Id), itself);
                foreach (var about in s.AboutIds) Add(new(s.Id, Relations.About, about), itself);
            }
        return found;
    }

    /// <summary>
    /// What each alignment edge rests on, as the alignment counts it: both actors' positions (of those given, the window's)
    /// on the drafts they share, and their memberships of the declared alliances they share.
    /// </summary>
    public async Task<Func<AlignmentEdge, IEnumerable<Evidence>>> OfAlignmentAsync(Alignment alignment, IEnumerable<Position> positions,
        CancellationToken ct)
    {
        var onDrafts = positions.GroupBy(p => p.ActorId).ToDictionary(g => g.Key, g => g.ToLookup(p => p.DraftId));
        var alliances = alignment.Alliances;
        var memberships = alliances.Count == 0 ? [] : (await facts.GetMembershipsAsync(new FactFilter(
                SubjectIds: alliances.SelectMany(a => a.Members).Distinct().ToList(), ObjectIds: alliances.Select(a => a.AllianceId).ToList()), ct))
            .Where(m => Dates.Overlaps(m.Since, m.Until, alignment.From, alignment.To));
        var inAlliances = memberships.GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.ToLookup(m => m.AllianceId));
        return edge => Shared(onDrafts, edge).SelectMany(p => p.Evidence).Concat(Shared(inAlliances, edge).SelectMany(m => m.Evidence));
    }

    /// <summary>Both actors' facts on the things (drafts, alliances) that both have facts on.</summary>
    private static IEnumerable<T> Shared<T>(Dictionary<string, ILookup<string, T>> byActor, AlignmentEdge edge) =>
        byActor.TryGetValue(edge.A, out var a) && byActor.TryGetValue(edge.B, out var b)
            ? a.Where(g => b.Contains(g.Key)).SelectMany(g => g.Concat(b[g.Key]))
            : [];
}
