using System.Text;
using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>Nodes by id (one query per batch, the ids as one JSON array) and by filter, a page at a time.</summary>
internal sealed class SqliteNodeReader(SqliteDatabase database, SqliteStatementFinder statements) : INodeReader
{
    public async Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await ByIdsAsync(ids, "SELECT id, label FROM node WHERE id IN (SELECT value FROM json_each($ids));",
            r => (Id: r.GetString(0), Label: EnumNames.Parse<NodeLabel>(r.GetString(1))), ct)).ToDictionary(r => r.Id, r => r.Label);

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {ActorColumns} FROM actor a WHERE a.id IN (SELECT value FROM json_each($ids)) ORDER BY a.id;", ReadActor, ct);

    public Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {DraftColumns} FROM draft d WHERE d.id IN (SELECT value FROM json_each($ids)) ORDER BY d.id;", ReadDraft, ct);

    public Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {AllianceColumns} FROM alliance l WHERE l.id IN (SELECT value FROM json_each($ids)) ORDER BY l.id;", ReadAlliance, ct);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {SourceColumns} FROM source o WHERE o.id IN (SELECT value FROM json_each($ids)) ORDER BY o.id;", ReadSource, ct);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {StatementColumns} FROM {StatementFrom} WHERE s.id IN (SELECT value FROM json_each($ids)) ORDER BY s.id;",
            ReadStatement, ct);

    /// <summary>The rows of a query over the ids ($ids); an empty batch asks nothing.</summary>
    private async Task<IReadOnlyList<T>> ByIdsAsync<T>(IReadOnlyCollection<string> ids, string sql, Func<Row, T> read, CancellationToken ct) =>
        ids.Count == 0 ? [] : await database.QueryAsync(sql, read, ct, ("$ids", Json(ids)));

    public Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var where = new SqlWhere();
        if (filter.Kind is { } kind) where.Add("a.kind = $kind", "$kind", EnumNames.ToName(kind));
        if (Needle(filter.Search) is { } needle)
            where.Add("(contains_folded(CAST(a.name AS BLOB), $needle) OR EXISTS (SELECT 1 FROM json_each(a.aliases) j WHERE contains_folded(CAST(j.value AS BLOB), $needle)))",
                "$needle", needle);
        return PageAsync("actor a", where, "a.name, a.id", ActorColumns, ReadActor, page, ct);
    }

    public Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var where = new SqlWhere();
        if (filter.Kind is { } kind) where.Add("d.kind = $kind", "$kind", EnumNames.ToName(kind));
        if (filter.ForumId is { } forum) where.Add("d.forum_id = $forum", "$forum", forum);
        if (filter.SubjectId is { } subject) where.Add("d.subject_id = $subject", "$subject", subject);
        if (Needle(filter.Search) is { } needle) where.Add("contains_folded(CAST(d.title AS BLOB), $needle)", "$needle", needle);
        return PageAsync("draft d", where, "d.title, d.id", DraftColumns, ReadDraft, page, ct);
    }

    public Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var where = new SqlWhere();
        if (filter.Kind is { } kind) where.Add("l.kind = $kind", "$kind", EnumNames.ToName(kind));
        if (Needle(filter.Search) is { } needle) where.Add("contains_folded(CAST(l.name AS BLOB), $needle)", "$needle", needle);
        return PageAsync("alliance l", where, "l.name, l.id", AllianceColumns, ReadAlliance, page, ct);
    }

    public Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default) =>
        PageAsync("source o", new SqlWhere(), "o.date, o.id", SourceColumns, ReadSource, page, ct);

    /// <summary>The plain read is a statement query of its fixed arguments: one SQL for both (<see cref="SqliteStatementFinder"/>).</summary>
    public Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default) =>
        statements.QueryStatementsAsync(StatementQuery.Of(filter), page, ct);

    /// <summary>
    /// Each speaker's slice, newest first, read from the (speaker, date) index: a count and a LIMIT per speaker,
    /// on one connection, so the cost follows the page size rather than how much a speaker has said.
    /// </summary>
    public Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var speakers = speakerIds.Distinct().ToList();
        if (speakers.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, Page<Statement>>>(new Dictionary<string, Page<Statement>>());
        var match = StatementSearch.MatchExpression(filter.Search);
        var where = new StatementWhereSql();
        var condition = "s.speaker_id = $speakerId AND " +
            where.Of(StatementQuery.Of(filter with { SpeakerId = null }), match is null ? null : StatementSearch.Test("s.seq", rowByRow: false));
        // Without other conditions the total is the speaker's kept count (of statements not retracted).
        var count = filter with { SpeakerId = null } == new StatementFilter()
            ? "SELECT COALESCE((SELECT statements FROM speaker_statements WHERE speaker_id = $speakerId), 0);"
            : $"SELECT COUNT(*) FROM statement s WHERE {condition};";
        return database.ReadAsync<IReadOnlyDictionary<string, Page<Statement>>>(async connection =>
        {
            var result = new Dictionary<string, Page<Statement>>();
            await using var tx = connection.BeginTransaction(deferred: true); // every speaker from one snapshot
            var rows = $"SELECT {StatementColumns} FROM {StatementFrom} WHERE {condition} ORDER BY {EffectiveDate} DESC, s.id LIMIT $first OFFSET $offset;";
            (string Name, object? Value)[] args = [.. where.Args, ("$match", match), ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)];
            foreach (var speaker in speakers)
            {
                var (total, items) = SqliteDatabase.CountAndRows(connection, count, rows, ReadStatement, [.. args, ("$speakerId", speaker)], ct);
                result[speaker] = new Page<Statement>(items, page.Offset, total);
            }
            await tx.CommitAsync(ct);
            return result;
        }, ct);
    }

    /// <summary>What a name search looks for: the trimmed text, case-folded, as UTF-8 bytes; null for a blank search.</summary>
    private static byte[]? Needle(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : Encoding.UTF8.GetBytes(search.Trim().ToLowerInvariant());

    /// <summary>The total of the filter and one page of it, two statements in one read transaction and one round trip.</summary>
    private Task<Page<T>> PageAsync<T>(string from, SqlWhere where, string orderBy, string columns,
        Func<Row, T> read, PageRequest page, CancellationToken ct)
    {
        var condition = where.Sql;
        return database.ReadAsync(async connection =>
        {
            // One read transaction, so the total and the page come from the same snapshot while others write.
            await using var tx = connection.BeginTransaction(deferred: true);
            var (total, items) = SqliteDatabase.CountAndRows(connection, $"SELECT COUNT(*) FROM {from} WHERE {condition};",
                $"SELECT {columns} FROM {from} WHERE {condition} ORDER BY {orderBy} LIMIT $first OFFSET $offset;", read,
                [.. where.Args, ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)], ct);
            await tx.CommitAsync(ct);
            return new Page<T>(items, page.Offset, total);
        }, ct);
    }
}
