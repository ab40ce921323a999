using Graph.Core;
using Q = Graph.Store.Neo4j.CypherStatements.Names;

namespace Graph.Store.Neo4j;

/// <summary>
/// The graph in Neo4j. Every statement comes from cypher/queries with parameters; each store call
/// is one round trip (two for a text search), and a write batch is one explicit transaction.
/// Neo4j errors become the API's errors: a refused id, a missing reference, or "store unavailable".
/// </summary>
public sealed partial class Neo4jGraphStore(ICypherTransport transport, CypherStatements cypher) : IGraphStore, IAsyncDisposable
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        foreach (var statement in CypherStatements.SchemaStatements())
            await RunAsync(new CypherQuery(statement), ct);
    }

    // Neo4j checks its own store files; reachable is all this adapter can tell.
    public async Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default)
    {
        try
        {
            return (await RunAsync(cypher.Query(Q.Ping), ct)).Rows.Count == 1 ? StoreHealth.Ready : StoreHealth.Unreachable;
        }
        catch (GraphException e) when (e.Code == ErrorCodes.StoreUnavailable)
        {
            return StoreHealth.Unreachable;
        }
    }

    public ValueTask DisposeAsync() => transport.DisposeAsync();

    // ---- Reads by id ----

    public async Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, NodeLabel>();
        var result = await RunAsync(cypher.Query(Q.GetLabels, ("ids", ids)), ct);
        return result.Rows.ToDictionary(r => (string)r[0]!, r => Enum.Parse<NodeLabel>((string)r[1]!));
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(Q.GetActors, ids, Decode.Actor, ct);

    public Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(Q.GetDrafts, ids, Decode.Draft, ct);

    public Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(Q.GetAlliances, ids, Decode.Alliance, ct);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(Q.GetStatements, ids, Decode.Statement, ct);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(Q.GetSources, ids, Decode.Source, ct);

    private async Task<IReadOnlyList<T>> ByIdsAsync<T>(string statement, IReadOnlyCollection<string> ids, Func<Dictionary<string, object?>, T> decode, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var result = await RunAsync(cypher.Query(statement, ("ids", ids)), ct);
        return result.Rows.Select(r => decode(Decode.Map(r[0]))).ToList();
    }

    // ---- Pages ----

    public Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default) =>
        PageAsync(Q.FindActors, page, Decode.Actor, ct, ("kind", Name(filter.Kind)), ("search", Lower(filter.Search)));

    public Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default) =>
        PageAsync(Q.FindDrafts, page, Decode.Draft, ct, ("kind", Name(filter.Kind)), ("forumId", filter.ForumId), ("subjectId", filter.SubjectId),
            ("search", Lower(filter.Search)));

    public Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default) =>
        PageAsync(Q.FindAlliances, page, Decode.Alliance, ct, ("kind", Name(filter.Kind)), ("search", Lower(filter.Search)));

    public Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default) =>
        PageAsync(Q.FindSources, page, Decode.Source, ct);

    public async Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var ids = await SearchAsync(filter.Search, ct);
        return await PageAsync(Q.FindStatements, page, Decode.Statement, ct, [.. StatementFilters(filter, ids), ("speakerId", filter.SpeakerId)]);
    }

    public async Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var speakers = speakerIds.Distinct().ToList();
        if (speakers.Count == 0) return new Dictionary<string, Page<Statement>>();
        var ids = await SearchAsync(filter.Search, ct);
        var result = await RunAsync(cypher.Query(Q.FindStatementsBySpeakers,
            [.. StatementFilters(filter, ids), ("speakerIds", speakers), ("offset", page.Offset), ("first", page.First)]), ct);
        return result.Rows.ToDictionary(r => (string)r[0]!, r => new Page<Statement>(
            Decode.List(r[2]).Select(m => Decode.Statement(Decode.Map(m))).ToList(), page.Offset, (int)(long)r[1]!));
    }

    /// <summary>The ids of statements holding every word searched for, or null when there is no search.</summary>
    private async Task<IReadOnlyList<string>?> SearchAsync(string? search, CancellationToken ct)
    {
        if (LuceneQuery(search) is not { } query) return null;
        var result = await RunAsync(cypher.Query(Q.SearchStatements, ("query", query)), ct);
        return Decode.List(result.Rows[0][0]).Select(x => (string)x!).ToList();
    }

    /// <summary>The words searched for as the full-text index's query, or null when there are none.</summary>
    private static string? LuceneQuery(string? search)
    {
        var terms = SearchWords.Parse(search);
        // Each word is letters and digits only, quoted (a phrase in one pair of quotes): nothing the user typed is read as
        // Lucene syntax. A prefix is not analysed by Lucene, so it is lower-cased here as the index's words are.
        return terms.Count == 0 ? null
            : string.Join(" AND ", terms.Select(t => t.Prefix ? t.Words[0].ToLowerInvariant() + "*" : $"\"{string.Join(' ', t.Words)}\""));
    }

    private static (string, object?)[] StatementFilters(StatementFilter filter, IReadOnlyList<string>? ids) =>
        [("aboutId", filter.AboutId), ("from", filter.From), ("to", filter.To), ("ids", ids), ("includeRetracted", filter.IncludeRetracted)];

    private Task<Page<T>> PageAsync<T>(string statement, PageRequest page, Func<Dictionary<string, object?>, T> decode, CancellationToken ct,
        params (string, object?)[] filters) =>
        PageAsync(cypher.Query(statement, [.. filters, ("offset", page.Offset), ("first", page.First)]), page, decode, ct);

    /// <summary>A statement that returns one row: the total, and the page as a list of maps.</summary>
    private async Task<Page<T>> PageAsync<T>(CypherQuery query, PageRequest page, Func<Dictionary<string, object?>, T> decode, CancellationToken ct)
    {
        var result = await RunAsync(query, ct);
        var row = result.Rows[0];
        return new Page<T>(Decode.List(row[1]).Select(m => decode(Decode.Map(m))).ToList(), page.Offset, (int)(long)row[0]!);
    }

    // ---- Dated facts ----

    public async Task<IReadOnlyList<Position>> GetPositionsAsync(FactFilter filter, Stance? stance = null, CancellationToken ct = default)
    {
        var result = await RunAsync(cypher.Query(Q.GetPositions, ("actorIds", filter.SubjectIds), ("draftIds", filter.ObjectIds),
            ("ids", filter.FactIds), ("asOf", filter.AsOf), ("stance", Name(stance)), ("includeRetracted", filter.IncludeRetracted)), ct);
        return result.Rows.Select(r => Decode.Map(r[0])).Select(m => new Position(Decode.Str(m, "id")!, Decode.Str(m, "subjectId")!,
            Decode.Str(m, "objectId")!, EnumNames.Parse<Stance>(Decode.Str(m, "stance")!), Decode.Date(m, "since"), Decode.Date(m, "until"),
            Decode.Evidence(m))).ToList();
    }

    public async Task<IReadOnlyList<Membership>> GetMembershipsAsync(FactFilter filter, CancellationToken ct = default)
    {
        var result = await RunAsync(cypher.Query(Q.GetMemberships, ("actorIds", filter.SubjectIds), ("allianceIds", filter.ObjectIds),
            ("ids", filter.FactIds), ("asOf", filter.AsOf), ("includeRetracted", filter.IncludeRetracted)), ct);
        return result.Rows.Select(r => Decode.Map(r[0])).Select(m => new Membership(Decode.Str(m, "id")!, Decode.Str(m, "subjectId")!,
            Decode.Str(m, "objectId")!, Decode.Date(m, "since"), Decode.Date(m, "until"), Decode.Evidence(m))).ToList();
    }

    public async Task<IReadOnlyList<Role>> GetRolesAsync(FactFilter filter, CancellationToken ct = default)
    {
        var result = await RunAsync(cypher.Query(Q.GetRoles, ("personIds", filter.SubjectIds), ("representedIds", filter.ObjectIds),
            ("ids", filter.FactIds), ("asOf", filter.AsOf), ("includeRetracted", filter.IncludeRetracted)), ct);
        return result.Rows.Select(r => Decode.Map(r[0])).Select(m => new Role(Decode.Str(m, "id")!, Decode.Str(m, "subjectId")!,
            Decode.Str(m, "objectId")!, Decode.Str(m, "title")!, Decode.Date(m, "since"), Decode.Date(m, "until"), Decode.Evidence(m))).ToList();
    }

    public Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) =>
        VotesAsync(draftIds, null, ct);

    public Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default) =>
        VotesAsync(null, voteIds, ct);

    private async Task<IReadOnlyList<Vote>> VotesAsync(IReadOnlyCollection<string>? draftIds, IReadOnlyCollection<string>? ids, CancellationToken ct)
    {
        if ((draftIds ?? ids)!.Count == 0) return [];
        var result = await RunAsync(cypher.Query(Q.GetVotes, ("draftIds", draftIds), ("ids", ids)), ct);
        return result.Rows.Select(r => Decode.Vote(Decode.Map(r[0]))).ToList();
    }

    /// <summary>Ballots cannot be retracted, so IncludeRetracted changes nothing; AsOf keeps those of votes held by then.</summary>
    public async Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default)
    {
        var result = await RunAsync(BallotsQuery(cypher, filter), ct);
        return result.Rows.Select(r => Decode.Ballot(Decode.Map(r[0]))).ToList();
    }

    private static CypherQuery BallotsQuery(CypherStatements cypher, FactFilter filter) =>
        cypher.Query(Q.GetBallots, ("actorIds", filter.SubjectIds), ("voteIds", filter.ObjectIds), ("ids", filter.FactIds), ("asOf", filter.AsOf));

    public async Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default)
    {
        if (subjectIds.Count == 0) return [];
        var result = await RunAsync(cypher.Query(Q.GetRetractions, ("ids", subjectIds)), ct);
        return result.Rows.Select(r => Decode.Retraction(Decode.Map(r[0]))).ToList();
    }

    // ---- Drafts' history and relations, edges, markers ----

    public async Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return [];
        var result = await RunAsync(cypher.Query(Q.GetDraftStatusHistory, ("ids", draftIds)), ct);
        var changes = result.Rows.Select(r => Decode.Map(r[0])).Select(m => new DraftStatusChange(Decode.Str(m, "draftId")!,
            EnumNames.Parse<DraftStatus>(Decode.Str(m, "status")!), Decode.Date(m, "date"),
            new Evidence(Decode.Str(m, "sourceId")!, Decode.Str(m, "statementId"), Decode.Str(m, "excerpt"))));
        // The enum's order (proposed before adopted) breaks ties on a day; Cypher only knows the names.
        return changes.OrderBy(c => c.DraftId, StringComparer.Ordinal).ThenBy(c => c.Date).ThenBy(c => c.Status).ToList();
    }

    public async Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return [];
        var result = await RunAsync(cypher.Query(Q.GetDraftRelations, ("ids", draftIds)), ct);
        return result.Rows.Select(r => Decode.Map(r[0])).Select(m => new DraftRelation(Decode.Str(m, "fromId")!,
            EnumNames.Parse<DraftRelationKind>(Decode.Str(m, "kind")!), Decode.Str(m, "toId")!,
            new Evidence(Decode.Str(m, "sourceId")!, Decode.Str(m, "statementId"), Decode.Str(m, "excerpt")))).ToList();
    }

    // ---- Extractions ----

    /// <summary>By subject (narrowed by source if given), else by source, else all: each in one statement that can use its index.</summary>
    public async Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default)
    {
        if (filter.SubjectIds is { Count: 0 } || filter.SourceIds is { Count: 0 }) return [];
        var retracted = ("includeRetracted", (object?)filter.IncludeRetracted);
        var query = (filter.SubjectIds, filter.SourceIds) switch
        {
            ({ } subjects, var sources) => cypher.Query(Q.GetExtractionsBySubject, ("subjectIds", subjects), ("sourceIds", sources), retracted),
            (null, { } sources) => cypher.Query(Q.GetExtractionsBySource, ("sourceIds", sources), retracted),
            _ => cypher.Query(Q.GetExtractions, retracted),
        };
        var result = await RunAsync(query, ct);
        return result.Rows.Select(r => Decode.Extraction(Decode.Map(r[0]))).ToList();
    }

    public async Task<string?> GetMarkerAsync(string key, CancellationToken ct = default)
    {
        var result = await RunAsync(cypher.Query(Q.GetMarker, ("key", key)), ct);
        return result.Rows.Count == 0 ? null : (string?)result.Rows[0][0];
    }

    // ---- Plumbing ----

    private static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? EnumNames.ToName(v) : null;

    private static string? Lower(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();

    /// <summary>One statement outside a transaction: one round trip.</summary>
    private async Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct)
    {
        RoundTrips.Record();
        try
        {
            return await transport.RunAsync(query, ct);
        }
        catch (Neo4jException e) when (Translate(e) is { } meaning)
        {
            throw meaning;
        }
    }

    /// <summary>
    /// What a Neo4j failure means to a user, or null for a failure that is our own fault (a statement
    /// Neo4j rejects), which then surfaces as an internal error and is logged. Never parameters.
    /// </summary>
    internal static GraphException? Translate(Neo4jException e) => e.Code switch
    {
        Neo4jException.Codes.Unavailable or Neo4jException.Codes.Timeout or Neo4jException.Codes.Unauthorized
            => new GraphException(ErrorCodes.StoreUnavailable, "The graph store (Neo4j) is unavailable: " + e.Message),
        Neo4jException.Codes.ConstraintViolation
            => new GraphException(ErrorCodes.DuplicateId, "Refused: an id is already taken (Neo4j reported a constraint violation)."),
        _ when e.IsTransient => new GraphException(ErrorCodes.StoreUnavailable, "The graph store (Neo4j) is busy; try again."),
        _ when e.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal)
            => new GraphException(ErrorCodes.StoreUnavailable, $"The graph store (Neo4j) failed ({e.Code})."),
        _ => null,
    };
}
