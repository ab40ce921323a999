namespace Graph.Core;

/// <summary>Some of the edges of some nodes (see <see cref="IGraphStore.SampleEdgesAsync"/>); CutNodeIds had more than were kept.</summary>
public sealed record EdgeSample(IReadOnlyList<GraphEdge> Edges, IReadOnlySet<string> CutNodeIds);

public sealed record ActorFilter(ActorKind? Kind = null, string? Search = null);
/// <summary>Drafts by kind, forum, subject (the actor a draft is about) and words in the title.</summary>
public sealed record DraftFilter(DraftKind? Kind = null, string? ForumId = null, string? Search = null, string? SubjectId = null);
public sealed record AllianceFilter(AllianceKind? Kind = null, string? Search = null);

/// <summary>Statements filtered by speaker, subject, effective date window (inclusive) and words in the text;
/// retracted ones only with IncludeRetracted.</summary>
public sealed record StatementFilter(string? SpeakerId = null, string? AboutId = null, DateOnly? From = null, DateOnly? To = null, string? Search = null,
    bool IncludeRetracted = false)
{
    /// <summary>
    /// A text search with no other condition may stop counting (and listing) its matches here: the embedded store
    /// does, since counting the 900,000 statements with "the" in them costs more than the page. Its total is then
    /// this number. Other stores may count every match.
    /// </summary>
    public const int MaxSearchCount = 100_000;
}

/// <summary>Which dated facts to read: those with one of the subjects, one of the objects, or one of the fact ids
/// (each a filter only where given), holding on AsOf if given; retracted ones only with IncludeRetracted.</summary>
public sealed record FactFilter(IReadOnlyCollection<string>? SubjectIds = null, IReadOnlyCollection<string>? ObjectIds = null,
    DateOnly? AsOf = null, IReadOnlyCollection<string>? FactIds = null, bool IncludeRetracted = false);

/// <summary>What the readiness check learns of a store.</summary>
public enum StoreHealth
{
    Ready,
    /// <summary>It does not answer (not up yet, the network, the file gone).</summary>
    Unreachable,
    /// <summary>It answers, but its check at start found its data damaged (<see cref="StoreCorruptException"/>).</summary>
    Corrupt,
}

/// <summary>
/// The store port. Reads take batches of ids so that one GraphQL level costs one round trip;
/// every write call is one transaction that either lands whole or not at all.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or upgrades the schema. Throws <see cref="StoreUnusableException"/> when the store cannot be used as it
    /// is, <see cref="StoreCorruptException"/> when it opened but found its data damaged (it then reads what it can).</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Whether the store answers, and whether it found itself damaged when it started (the readiness check).</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default);
    Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default);
    Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default);
    Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default);
    Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>One page of statements per speaker, newest first, for many speakers in one round trip.</summary>
    Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>Positions; subjects are actors, objects are drafts.</summary>
    Task<IReadOnlyList<Position>> GetPositionsAsync(FactFilter filter, Stance? stance = null, CancellationToken ct = default);

    /// <summary>Memberships; subjects are actors, objects are alliances.</summary>
    Task<IReadOnlyList<Membership>> GetMembershipsAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>Roles; subjects are people, objects are what they represent.</summary>
    Task<IReadOnlyList<Role>> GetRolesAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>Votes on any of the drafts, ordered by date (an undated vote first), then id.</summary>
    Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default);

    /// <summary>
    /// Votes by id (a ballot names its vote, not its draft). This default reads every draft's votes, a page of drafts at a
    /// time; the stores read them by id in one round trip.
    /// </summary>
    async Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default)
    {
        var wanted = voteIds.ToHashSet();
        var found = new List<Vote>();
        var page = new PageRequest(PageRequest.MaxSize, null);
        while (wanted.Count > 0)
        {
            var drafts = await FindDraftsAsync(new DraftFilter(), page, ct);
            found.AddRange((await GetVotesAsync(drafts.Items.Select(d => d.Id).ToList(), ct)).Where(v => wanted.Contains(v.Id)));
            if (!drafts.HasNextPage) break;
            page = page with { After = drafts.CursorAt(drafts.Items.Count - 1) };
        }
        return found;
    }

    /// <summary>
    /// Ballots; subjects are actors, objects are votes, FactIds ballot ids. Ordered by the vote's date (undated first), the
    /// vote's id, then the actor's id. AsOf keeps the ballots of votes held on or before that day (an undated vote's always).
    /// Ballots cannot be retracted yet, so IncludeRetracted changes nothing.
    /// </summary>
    Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>The retractions of those of the ids (positions, memberships, roles, statements) that are retracted.</summary>
    Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default);

    Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default);

    /// <summary>Relations with any of the drafts at either end.</summary>
    Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default);

    /// <summary>Every edge with one of the nodes at either end, but none of a retracted fact or statement.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default);

    /// <summary>Extractions (where the extractor read a node or fact), ordered by source, then start offset.</summary>
    Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default);

    /// <summary>
    /// Edges of the nodes as <see cref="GetEdgesAsync"/> finds them, but at most <paramref name="maxPerNode"/> of each node's
    /// (both directions counted), and which nodes had more (their edges were cut). Which edges are kept is the store's choice,
    /// the same for the same data. This default reads every edge and keeps each node's first in (relation, other end) order;
    /// a store where one node can have a hundred thousand edges (a speaker's statements) limits in its query instead.
    /// </summary>
    async Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerNode, 1);
        var all = await GetEdgesAsync(nodeIds, ct);
        var kept = new HashSet<GraphEdge>();
        var cut = new HashSet<string>();
        foreach (var id in nodeIds.Distinct())
        {
            ct.ThrowIfCancellationRequested(); // each node scans every edge read
            var mine = all.Where(e => e.FromId == id || e.ToId == id)
                .OrderBy(e => e.Relation, StringComparer.Ordinal).ThenBy(e => e.FromId == id ? e.ToId : e.FromId, StringComparer.Ordinal).ToList();
            if (mine.Count > maxPerNode) cut.Add(id);
            kept.UnionWith(mine.Take(maxPerNode));
        }
        return new EdgeSample(kept.ToList(), cut);
    }

    /// <summary>
    /// What an alignment is computed from (<see cref="AgreementCounts"/>): positions holding at some time between from and
    /// to (inclusive; open ends allowed), and ballots as the positions they amount to (<see cref="Ballots.AsPosition"/>), of
    /// every actor or only of the actors given. This default reads the positions and ballots;
    /// a store that can count in its query returns only the counts (a few states hold tens of thousands of positions).
    /// </summary>
    async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var ballots = await Ballots.AsPositionsAsync(this, await GetBallotsAsync(new FactFilter(SubjectIds: actorIds), ct), ct);
        var positions = (await GetPositionsAsync(new FactFilter(SubjectIds: actorIds), null, ct)).Concat(ballots)
            .Where(p => AgreementCounts.Overlaps(p.Since, p.Until, from, to)).ToList();
        return AgreementCounts.Of(positions, ct);
    }

    /// <summary>
    /// One step of path search from the nodes: their edges as <see cref="GetEdgesAsync"/> finds them, except that a store
    /// may leave out the edges to statements (MADE, ABOUT) and give, for each other node such a statement joins them to, one
    /// <see cref="StatementLink"/> instead (a statement's neighbours are its speaker and its about-targets). It must not do so
    /// for the statements in <paramref name="keepStatementIds"/> (the path's ends) nor for any statement that another
    /// statement is about. This default gives every edge and no links.
    /// </summary>
    async Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default) => new(await GetEdgesAsync(nodeIds, ct), []);

    /// <summary>Applies the writes in one transaction. Throws <see cref="GraphException"/> and writes nothing on any failure.</summary>
    Task ApplyAsync(IReadOnlyList<GraphWrite> writes, CancellationToken ct = default);

    /// <summary>The value last stored under a marker key (for example the seed's fingerprint), or null.</summary>
    Task<string?> GetMarkerAsync(string key, CancellationToken ct = default);
}
