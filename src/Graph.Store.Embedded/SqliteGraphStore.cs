using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// The graph in one SQLite file: the parts by role (<see cref="SqliteLifecycle"/>, <see cref="SqliteNodeReader"/>, <see cref="SqliteDraftFinder"/> with <see cref="KeptPositions"/>,
/// <see cref="SqliteFactReader"/>, <see cref="SqliteEdges"/>, <see cref="CachedSideHistory"/> over
/// <see cref="SqliteSideHistory"/>, <see cref="SqliteWriter"/>, <see cref="BulkMode"/>) composed behind the whole port. Every
/// call opens one pooled connection and counts one round trip (<see cref="SqliteDatabase"/>); all values reach SQL as
/// parameters, id batches as one JSON array read with json_each.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IDataVersion, IDisposable
{
    private readonly SqliteDatabase database;
    private readonly SqliteLifecycle lifecycle;
    private readonly StatementSearch search;
    private readonly SqliteNodeReader nodes;
    private readonly KeptPositions keptPositions;
    private readonly SqliteDraftFinder drafts;
    private readonly SqliteActorFinder actors;
    private readonly SqliteStatementFinder statements;
    private readonly SqliteFactReader facts;
    private readonly SqliteEdges edges;
    private readonly CachedSideHistory alignment;
    private readonly BulkMode bulk;
    private readonly SqliteWriter writer;
    private readonly DataVersionWatch version;

    public SqliteGraphStore(string path)
    {
        database = new SqliteDatabase(path);
        lifecycle = new SqliteLifecycle(database);
        search = new StatementSearch(database);
        statements = new SqliteStatementFinder(database, search);
        nodes = new SqliteNodeReader(database, statements);
        keptPositions = new KeptPositions(database);
        drafts = new SqliteDraftFinder(database, keptPositions);
        actors = new SqliteActorFinder(database);
        facts = new SqliteFactReader(database);
        edges = new SqliteEdges(database);
        alignment = new CachedSideHistory(new SqliteSideHistory(database));
        bulk = new BulkMode(database);
        writer = new SqliteWriter(database, bulk);
        version = new DataVersionWatch(database);
    }

    /// <summary>How many matches a text search alone counts and lists (<see cref="StatementFilter.MaxSearchCount"/>; lower in tests).</summary>
    internal int SearchCountLimit { get => search.CountLimit; init => search.CountLimit = value; }

    /// <summary>How many statements a filter may keep for a search to be tested on its rows alone (<see cref="StatementSearch.FewStatements"/>; varied in tests).</summary>
    internal int SearchFewStatements { get => search.FewStatements; init => search.FewStatements = value; }

    /// <summary>How many matches may lead a search with a filter (<see cref="StatementSearch.ManyListed"/>; varied in tests).</summary>
    internal int SearchManyListed { get => search.ManyListed; init => search.ManyListed = value; }

    /// <summary>Up to how many retracted statements a search's count tests one by one (<see cref="StatementSearch.ManyRetracted"/>; varied in tests).</summary>
    internal int SearchManyRetracted { get => search.ManyRetracted; init => search.ManyRetracted = value; }

    /// <summary>Whether a count the kept positions answer reads them at once when they are not current (<see cref="KeptPositions.ReadInline"/>; tests).</summary>
    internal bool ReadKeptPositionsInline { get => keptPositions.ReadInline; init => keptPositions.ReadInline = value; }

    /// <summary>The position_version the kept positions were read at, if any are kept (tests).</summary>
    internal string? KeptPositionsVersion => keptPositions.Version;

    /// <summary>The bulk mode, whose text index tests follow.</summary>
    internal BulkMode Bulk => bulk;

    /// <summary>The connections and commands every part runs on (tests run their own statements through it).</summary>
    internal SqliteDatabase Database => database;

    /// <summary>How search words become an FTS5 query (<see cref="StatementSearch.MatchExpression"/>).</summary>
    internal static string? MatchExpression(string? search) => StatementSearch.MatchExpression(search);

    /// <summary>Lets go of the pooled connections to this file (so it can be moved or deleted).</summary>
    public void Dispose()
    {
        bulk.Dispose();
        alignment.Dispose();
        keptPositions.Dispose();
        version.Dispose();
        database.ReleasePool();
    }

    /// <inheritdoc cref="BulkMode.BeginAsync"/>
    public Task BeginBulkLoadAsync(CancellationToken ct = default) => bulk.BeginAsync(ct);

    /// <inheritdoc cref="BulkMode.EndAsync"/>
    public Task EndBulkLoadAsync(CancellationToken ct = default) => bulk.EndAsync(ct);

    /// <inheritdoc cref="DataVersionWatch"/>
    long? IDataVersion.Current() => version.Current();

    public Task InitializeAsync(CancellationToken ct = default) => lifecycle.InitializeAsync(ct);
    public Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default) => lifecycle.CheckHealthAsync(ct);
    public Task<string?> GetMarkerAsync(string key, CancellationToken ct = default) => lifecycle.GetMarkerAsync(key, ct);

    public Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        nodes.GetLabelsAsync(ids, ct);
    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => nodes.GetActorsAsync(ids, ct);
    public Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => nodes.GetDraftsAsync(ids, ct);
    public Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        nodes.GetAlliancesAsync(ids, ct);
    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        nodes.GetStatementsAsync(ids, ct);
    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => nodes.GetSourcesAsync(ids, ct);
    public Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default) => nodes.FindActorsAsync(filter, page, ct);
    public Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default) => nodes.FindDraftsAsync(filter, page, ct);
    public Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default) =>
        nodes.FindAlliancesAsync(filter, page, ct);
    public Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default) => nodes.FindSourcesAsync(page, ct);
    public Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default) =>
        nodes.FindStatementsAsync(filter, page, ct);
    public Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct = default) => nodes.FindStatementsBySpeakersAsync(speakerIds, filter, page, ct);

    public Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default) =>
        drafts.QueryDraftsAsync(query, page, ct);
    public Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where,
        CancellationToken ct = default) => drafts.CountPositionsAsync(draftIds, where, ct);

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) =>
        actors.QueryActorsAsync(query, page, ct);
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default) => actors.FindPositionsAsync(actorIds, where, ct);
    public Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds, PositionWhere? where,
        CancellationToken ct = default) => actors.AggregatePositionsAsync(actorIds, where, ct);
    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) =>
        statements.QueryStatementsAsync(query, page, ct);

    public Task<IReadOnlyList<Position>> GetPositionsAsync(FactFilter filter, Stance? stance = null, CancellationToken ct = default) =>
        facts.GetPositionsAsync(filter, stance, ct);
    public Task<IReadOnlyList<Membership>> GetMembershipsAsync(FactFilter filter, CancellationToken ct = default) => facts.GetMembershipsAsync(filter, ct);
    public Task<IReadOnlyList<Role>> GetRolesAsync(FactFilter filter, CancellationToken ct = default) => facts.GetRolesAsync(filter, ct);
    public Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) => facts.GetVotesAsync(draftIds, ct);
    public Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default) =>
        facts.GetVotesByIdAsync(voteIds, ct);
    public Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default) => facts.GetBallotsAsync(filter, ct);
    public Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default) =>
        facts.GetRetractionsAsync(subjectIds, ct);
    public Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) =>
        facts.GetDraftStatusHistoryAsync(draftIds, ct);
    public Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) =>
        facts.GetDraftRelationsAsync(draftIds, ct);
    public Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default) =>
        facts.GetExtractionsAsync(filter, ct);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default) => edges.GetEdgesAsync(nodeIds, ct);
    public Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default) =>
        edges.SampleEdgesAsync(nodeIds, maxPerNode, ct);
    public Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default) => edges.ExpandForPathAsync(nodeIds, keepStatementIds, ct);

    public Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        alignment.GetAgreementsAsync(actorIds, from, to, ct);
    public Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        alignment.GetSideHistoryAsync(from, to, ct);

    public Task ApplyAsync(IReadOnlyList<GraphWrite> writes, CancellationToken ct = default) => writer.ApplyAsync(writes, ct);
}
