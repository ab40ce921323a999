namespace Graph.Core.Coalitions;

/// <summary>
/// Coalition structure from positions and memberships: the sides of a draft, the alignment graph
/// between actors with the blocs found on it (signed Louvain), and how the blocs shift over time.
/// </summary>
public sealed class CoalitionService(INodeReader nodes, IFactReader facts, IAlignmentInput agreements)
{
    /// <summary>Each shared draft adds +1 when two actors take the same side of it and −1 when opposite sides.</summary>
    public const double AgreementWeight = 1.0;

    /// <summary>Each alliance two actors share adds this much: belonging together counts, but less than voting together.
    /// Body memberships (sitting on the Security Council) are not alignment and add nothing.</summary>
    public const double CoMembershipWeight = 0.25;

    public async Task<DraftSides> SidesAsync(string draftId, DateOnly? asOf, CancellationToken ct = default)
    {
        Ids.Require(draftId, "draftId");
        var draft = (await nodes.GetDraftsAsync([draftId], ct)).SingleOrDefault()
            ?? throw new GraphException(ErrorCodes.NotFound, $"'draftId': there is no draft with id '{draftId}'.");
        // A ballot is a side too, from its vote's day on (Ballots.AsPosition).
        var votes = await facts.GetVotesAsync([draftId], ct);
        var ballots = votes.Count == 0 ? []
            : await facts.GetBallotsAsync(new FactFilter(ObjectIds: votes.Select(v => v.Id).ToList(), AsOf: asOf), ct);
        var byId = votes.ToDictionary(v => v.Id);
        var positions = (await facts.GetPositionsAsync(new FactFilter(ObjectIds: [draftId], AsOf: asOf), null, ct))
            .Concat(ballots.Select(b => Ballots.AsPosition(b, byId)).OfType<Position>()).ToList();
        var alternatives = Alternatives.Of(draftId, await facts.GetDraftRelationsAsync([draftId], ct));
        var proposals = alternatives.Count == 0 ? []
            : await facts.GetPositionsAsync(new FactFilter(ObjectIds: alternatives, AsOf: asOf), Stance.Proposes, ct);

        var members = new List<SideMember>();
        foreach (var group in positions.GroupBy(p => p.ActorId))
        {
            members.Add(new SideMember(group.Key, Sides.Of(Sides.Latest(group)) < 0 ? Side.Opposes : Side.Supports, group.ToList()));
        }
        foreach (var group in proposals.GroupBy(p => p.ActorId).Where(g => members.All(m => m.ActorId != g.Key)))
            members.Add(new SideMember(group.Key, Side.ProposesAlternative, group.ToList()));

        if (draft.ForumId is { } forum)
        {
            var bodies = (await Pages.AllAsync(page => nodes.FindAlliancesAsync(new AllianceFilter(AllianceKind.BodyMembership), page, ct)))
                .Where(a => a.BodyId == forum).Select(a => a.Id).ToList();
            if (bodies.Count > 0)
            {
                var seated = await facts.GetMembershipsAsync(new FactFilter(ObjectIds: bodies, AsOf: asOf), ct);
                foreach (var actor in seated.Select(m => m.ActorId).Distinct().Where(a => members.All(m => m.ActorId != a)))
                    members.Add(new SideMember(actor, Side.NoStatedPosition, []));
            }
        }
        return new DraftSides(draftId, asOf, members.OrderBy(m => m.Side).ThenBy(m => m.ActorId, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The alignment graph over positions holding at some time between from and to (inclusive; open ends
    /// allowed): of every actor, or only of the actors given (a drawing colours just what it shows).
    /// </summary>
    public async Task<Alignment> AlignmentAsync(DateOnly? from, DateOnly? to, IReadOnlyCollection<string>? actorIds = null, CancellationToken ct = default)
    {
        if (from is not null && to is not null && to < from)
            throw new GraphException(ErrorCodes.DateOrder, $"'to' ({DateParsing.Format(to.Value)}) is before 'from' ({DateParsing.Format(from.Value)}).");
        if (actorIds is { Count: 0 })
            return new Alignment(from, to, [], [], [], [], 0, []);
        var counts = await agreements.GetAgreementsAsync(actorIds, from, to, ct);
        return Build(counts, from, to, m => Dates.Overlaps(m.Since, m.Until, from, to), await AffiliationsAsync(counts.ActorIds, ct), ct);
    }

    /// <summary>The blocs on each day a position began or ended within the window, and who moved between them.</summary>
    public async Task<BlocTimeline> TimelineAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (to < from)
            throw new GraphException(ErrorCodes.DateOrder, $"'to' ({DateParsing.Format(to)}) is before 'from' ({DateParsing.Format(from)}).");
        var history = await agreements.GetSideHistoryAsync(from, to, ct);
        // Every day's alliances and names come from one read, not three a day.
        var affiliations = await AffiliationsAsync(history.ActorIds, ct);
        var days = history.ChangesWithin(from, to).Prepend(from).ToList();
        var snapshots = new List<BlocSnapshot>();
        var moves = new List<BlocMove>();
        Dictionary<string, string>? previous = null;
        // Each day's counts from the day before's: only the drafts whose spans change between them are counted again.
        foreach (var (day, counts) in days.Zip(history.CountsOfDays(days, ct)))
        {
            ct.ThrowIfCancellationRequested(); // each day is a whole alignment: seconds on a large graph
            var alignment = Build(counts, day, day, m => Dates.Holds(m.Since, m.Until, day), affiliations, ct);
            snapshots.Add(new BlocSnapshot(day, alignment.Blocs));
            var current = alignment.Blocs.SelectMany(b => b.Members.Select(m => (m, b.Id))).ToDictionary(x => x.m, x => x.Id);
            if (previous is not null)
            {
                foreach (var (actor, bloc) in current.Where(c => previous.GetValueOrDefault(c.Key) != c.Value))
                    moves.Add(new BlocMove(day, actor, previous.GetValueOrDefault(actor), bloc));
                foreach (var actor in previous.Keys.Where(a => !current.ContainsKey(a)))
                    moves.Add(new BlocMove(day, actor, previous[actor], null));
            }
            previous = current;
        }
        return new BlocTimeline(snapshots, moves);
    }

    /// <summary>The actors' memberships, the kinds of their alliances and the actors' names: what an alignment adds to the counts.</summary>
    private sealed record Affiliations(IReadOnlyList<Membership> Memberships, IReadOnlyDictionary<string, AllianceKind> Kinds,
        IReadOnlyDictionary<string, string> Names);

    private async Task<Affiliations> AffiliationsAsync(IReadOnlyList<string> actors, CancellationToken ct)
    {
        if (actors.Count == 0) return new Affiliations([], new Dictionary<string, AllianceKind>(), new Dictionary<string, string>());
        var memberships = await facts.GetMembershipsAsync(new FactFilter(SubjectIds: actors), ct);
        var kinds = memberships.Count == 0 ? new Dictionary<string, AllianceKind>()
            : (await nodes.GetAlliancesAsync(memberships.Select(m => m.AllianceId).Distinct().ToList(), ct)).ToDictionary(a => a.Id, a => a.Kind);
        var names = (await nodes.GetActorsAsync(actors, ct)).ToDictionary(a => a.Id, a => a.Name);
        return new Affiliations(memberships, kinds, names);
    }

    private static Alignment Build(AgreementCounts counts, DateOnly? from, DateOnly? to, Func<Membership, bool> inPeriod,
        Affiliations affiliations, CancellationToken ct)
    {
        var actors = counts.ActorIds;
        var drafts = counts.DraftIds;
        var present = actors.ToHashSet();
        var alliancesOf = affiliations.Memberships
            .Where(m => present.Contains(m.ActorId) && inPeriod(m) && affiliations.Kinds.GetValueOrDefault(m.AllianceId) != AllianceKind.BodyMembership)
            .GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.Select(m => m.AllianceId).ToHashSet());

        // Pairs of the drafts come counted (by the store or from the positions); alliances are counted here, per alliance.
        var pairs = counts.Pairs.ToDictionary(p => p.Key, p => (p.Value.Agree, p.Value.Disagree, Shared: 0));
        void Add(string x, string y, int agree, int disagree, int shared)
        {
            var key = string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);
            var count = pairs.GetValueOrDefault(key);
            pairs[key] = (count.Agree + agree, count.Disagree + disagree, count.Shared + shared);
        }
        foreach (var alliance in alliancesOf.SelectMany(kv => kv.Value.Select(a => (Alliance: a, Actor: kv.Key))).GroupBy(x => x.Alliance))
        {
            ct.ThrowIfCancellationRequested();
            var members = alliance.Select(x => x.Actor).ToList();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                    Add(members[i], members[j], 0, 0, 1);
        }
        var edges = pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal)
            .Select(p => new AlignmentEdge(p.Key.A, p.Key.B, AgreementWeight * (p.Value.Agree - p.Value.Disagree) + CoMembershipWeight * p.Value.Shared,
                p.Value.Agree, p.Value.Disagree, p.Value.Shared))
            .ToList();

        var found = SignedLouvain.Detect(actors, edges.Select(e => (e.A, e.B, e.Weight)), ct);
        var strength = StrengthInside(found.Communities, edges);
        var blocs = found.Communities.Select(members => Name(members, strength, affiliations.Names)).ToList();
        var declared = alliancesOf.SelectMany(kv => kv.Value.Select(alliance => (alliance, actor: kv.Key)))
            .GroupBy(x => x.alliance).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DeclaredAlliance(g.Key, g.Select(x => x.actor).Order(StringComparer.Ordinal).ToList())).ToList();
        return new Alignment(from, to, actors, drafts, edges, blocs, found.Modularity, declared);
    }

    /// <summary>Each actor's positive alignment with the other members of its own bloc, from one pass over the edges.</summary>
    private static Dictionary<string, double> StrengthInside(IReadOnlyList<IReadOnlyList<string>> communities, IReadOnlyList<AlignmentEdge> edges)
    {
        var blocOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < communities.Count; i++)
            foreach (var member in communities[i]) blocOf[member] = i;
        var strength = blocOf.Keys.ToDictionary(a => a, _ => 0.0, StringComparer.Ordinal);
        foreach (var e in edges)
            if (blocOf.TryGetValue(e.A, out var a) && blocOf.TryGetValue(e.B, out var b) && a == b)
            {
                strength[e.A] += Math.Max(0, e.Weight);
                strength[e.B] += Math.Max(0, e.Weight);
            }
        return strength;
    }

    /// <summary>A bloc is named after its anchor: the member with the most positive alignment inside it (ties by id).</summary>
    private static Bloc Name(IReadOnlyList<string> members, IReadOnlyDictionary<string, double> strength, IReadOnlyDictionary<string, string> names)
    {
        var ordered = members.OrderByDescending(m => strength.GetValueOrDefault(m)).ThenBy(m => m, StringComparer.Ordinal).ToList();
        var anchor = ordered[0];
        var name = names.GetValueOrDefault(anchor, anchor);
        var label = ordered.Count == 1 ? name : $"{name} and {ordered.Count - 1} other{(ordered.Count > 2 ? "s" : "")}";
        return new Bloc("bloc-" + anchor, label, anchor, ordered);
    }
}
