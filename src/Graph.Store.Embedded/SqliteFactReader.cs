using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>Dated facts, votes and ballots with their evidence (read in the same query), retractions, drafts' history and relations, extractions.</summary>
internal sealed class SqliteFactReader(SqliteDatabase database) : IFactReader
{
    public Task<IReadOnlyList<Position>> GetPositionsAsync(FactFilter filter, Stance? stance = null, CancellationToken ct = default) =>
        FactsAsync("position", "actor_id", "draft_id", "f.stance", filter,
            stance is { } s ? ("f.stance = $stance", EnumNames.ToName(s)) : null,
            (r, evidence) => new Position(r.GetString(0), r.GetString(1), r.GetString(2), EnumNames.Parse<Stance>(r.GetString(6)),
                DateOf(r, 3), DateOf(r, 4), evidence), ct);

    public Task<IReadOnlyList<Membership>> GetMembershipsAsync(FactFilter filter, CancellationToken ct = default) =>
        FactsAsync("membership", "actor_id", "alliance_id", "NULL", filter, null,
            (r, evidence) => new Membership(r.GetString(0), r.GetString(1), r.GetString(2), DateOf(r, 3), DateOf(r, 4), evidence), ct);

    public Task<IReadOnlyList<Role>> GetRolesAsync(FactFilter filter, CancellationToken ct = default) =>
        FactsAsync("role", "person_id", "represents_id", "f.title", filter, null,
            (r, evidence) => new Role(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(6), DateOf(r, 3), DateOf(r, 4), evidence), ct);

    /// <summary>
    /// Facts of one table (a constant name) with their evidence, which comes along in the same query as a
    /// JSON array in the order it was given (none read unless the filter wants it: the subquery costs about as much as
    /// the fact's row). Columns: id, subject, object, since, until, evidence, extra.
    /// </summary>
    private async Task<IReadOnlyList<T>> FactsAsync<T>(string table, string subject, string @object, string extra, FactFilter filter,
        (string Condition, string Value)? stance, Func<Row, IReadOnlyList<Evidence>, T> read, CancellationToken ct)
    {
        var where = ByIds(filter, "f.id", $"f.{subject}", $"f.{@object}");
        if (!filter.IncludeRetracted) where.Add($"f.id NOT IN {Schema.Retracted}");
        if (filter.AsOf is { } asOf) where.Add(SqlRules.Holds("f.since", "f.until", "$asOf"), "$asOf", DateParsing.Format(asOf));
        if (stance is { } st) where.Add(st.Condition, "$stance", st.Value);
        var sql = $"""
            SELECT f.id, f.{subject}, f.{@object}, f.since, f.until, {(filter.WithEvidence ? EvidenceOf("f") : "NULL")}, {extra}
            FROM {table} f
            WHERE {where.Sql}
            ORDER BY f.since, f.{subject}, f.id;
            """;
        return await database.QueryAsync(sql, r => read(r, filter.WithEvidence ? ReadEvidence(r.GetString(5)) : []), ct, [.. where.Args]);
    }

    /// <summary>The filter's lists of subjects, objects and fact ids, each a condition only when given.</summary>
    private static SqlWhere ByIds(FactFilter filter, string id, string subject, string @object)
    {
        var where = new SqlWhere();
        if (filter.SubjectIds is { } subjects) where.Add($"{subject} IN (SELECT value FROM json_each($subjects))", "$subjects", Json(subjects));
        if (filter.ObjectIds is { } objects) where.Add($"{@object} IN (SELECT value FROM json_each($objects))", "$objects", Json(objects));
        if (filter.FactIds is { } ids) where.Add($"{id} IN (SELECT value FROM json_each($ids))", "$ids", Json(ids));
        return where;
    }

    public Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) =>
        VotesAsync("v.draft_id", draftIds, ct);

    public Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default) =>
        VotesAsync("v.id", voteIds, ct);

    /// <summary>Votes whose <paramref name="column"/> (a constant) is one of the ids, by date (undated first), then id.</summary>
    private async Task<IReadOnlyList<Vote>> VotesAsync(string column, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await database.QueryAsync($"""
            SELECT v.id, v.draft_id, v.date, v.result, v.yes, v."no", v.abstain, {EvidenceOf("v")}
            FROM vote v WHERE {column} IN (SELECT value FROM json_each($ids))
            ORDER BY v.date, v.id;
            """,
            r => new Vote(r.GetString(0), r.GetString(1), DateOf(r, 2), EnumNames.Parse<VoteResult>(r.GetString(3)), IntOf(r, 4), IntOf(r, 5),
                IntOf(r, 6), ReadEvidence(r.GetString(7))), ct, ("$ids", Json(ids)));

    /// <summary>Ballots cannot be retracted, so IncludeRetracted changes nothing; AsOf keeps those of votes held by then.</summary>
    public async Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default)
    {
        var where = ByIds(filter, "b.id", "b.actor_id", "b.vote_id");
        if (filter.AsOf is { } asOf) where.Add(SqlRules.Holds("v.date", null, "$asOf"), "$asOf", DateParsing.Format(asOf));
        return await database.QueryAsync($"""
            SELECT b.id, b.vote_id, b.actor_id, b.choice, b.veto, {EvidenceOf("b")}
            FROM ballot b JOIN vote v ON v.id = b.vote_id
            WHERE {where.Sql}
            ORDER BY v.date, v.id, b.actor_id;
            """, r => new Ballot(r.GetString(0), r.GetString(1), r.GetString(2), EnumNames.Parse<BallotChoice>(r.GetString(3)),
            r.GetInt64(4) != 0, ReadEvidence(r.GetString(5))), ct, [.. where.Args]);
    }

    public async Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default) =>
        subjectIds.Count == 0 ? [] : await database.QueryAsync(
            "SELECT subject_id, reason, \"by\", at FROM retraction WHERE subject_id IN (SELECT value FROM json_each($ids)) ORDER BY subject_id;",
            r => new Retraction(r.GetString(0), r.GetString(1), r.GetString(2), DateParsing.ParseInstant(r.GetString(3))), ct, ("$ids", Json(subjectIds)));

    public async Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return [];
        var rows = await database.QueryAsync(
            "SELECT draft_id, status, date, source_id, statement_id, excerpt FROM draft_status WHERE draft_id IN (SELECT value FROM json_each($ids));",
            r => new DraftStatusChange(r.GetString(0), EnumNames.Parse<DraftStatus>(r.GetString(1)), DateOf(r, 2),
                new Evidence(r.GetString(3), StringOf(r, 4), StringOf(r, 5))), ct, ("$ids", Json(draftIds)));
        // The enum's order (proposed before adopted) breaks ties on a day; SQL only knows the names, so sort here.
        return rows.OrderBy(c => c.DraftId, StringComparer.Ordinal).ThenBy(c => c.Date).ThenBy(c => c.Status).ToList();
    }

    public async Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) =>
        draftIds.Count == 0 ? [] : await database.QueryAsync("""
            SELECT from_id, kind, to_id, source_id, statement_id, excerpt FROM draft_relation
            WHERE from_id IN (SELECT value FROM json_each($ids)) OR to_id IN (SELECT value FROM json_each($ids))
            ORDER BY from_id, kind, to_id;
            """,
            r => new DraftRelation(r.GetString(0), EnumNames.Parse<DraftRelationKind>(r.GetString(1)), r.GetString(2),
                new Evidence(r.GetString(3), StringOf(r, 4), StringOf(r, 5))), ct, ("$ids", Json(draftIds)));

    /// <summary>Every subject and source asked for in one query; each list filters only when given.</summary>
    public async Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default)
    {
        if (filter.SubjectIds is { Count: 0 } || filter.SourceIds is { Count: 0 }) return [];
        var where = new SqlWhere();
        if (filter.SubjectIds is { } subjects) where.Add("subject_id IN (SELECT value FROM json_each($subjects))", "$subjects", Json(subjects));
        if (filter.SourceIds is { } sources) where.Add("source_id IN (SELECT value FROM json_each($sources))", "$sources", Json(sources));
        if (!filter.IncludeRetracted) where.Add($"subject_id NOT IN {Schema.Retracted}");
        return await database.QueryAsync($"""
            SELECT subject_id, source_id, start, length, text, confidence, rule, created FROM extraction
            WHERE {where.Sql}
            ORDER BY source_id, start, length, subject_id;
            """, r => new Extraction(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            r.GetDouble(5), r.GetString(6), r.GetBoolean(7)), ct, [.. where.Args]);
    }
}
