using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The graph in one SQLite file. Every method opens one pooled connection and counts one round trip;
/// all values reach SQL as parameters, id batches as one JSON array read with json_each.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly string path;
    private readonly string connectionString;

    public SqliteGraphStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        this.path = Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = this.path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true, // PRAGMA foreign_keys=ON on every connection
            Pooling = true,
        }.ToString();
    }

    // What quick_check found at start, if anything: the readiness check says "corrupt" from then on.
    private string? damage;

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var connection = await OpenAsync(ct, interrupt: false);
            // WAL is a property of the file, so setting it once here holds for every later connection.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);
            if (await QuickCheckAsync(connection, ct) is { } found)
            {
                // Nothing is written to a damaged file (no migration, no rebuild); reads go on with what is intact.
                damage = found;
                throw new StoreCorruptException($"{path}: the database is corrupt (PRAGMA quick_check: {found}); " +
                    "restore it from a backup, or move it away to start afresh.");
            }
            await CreateSchemaAsync(connection, ct);
        }
        catch (SqliteException e)
        {
            throw new StoreUnusableException($"{path}: {Cause(e)} ({OneLine(e.Message).TrimEnd('.')}).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not StoreUnusableException)
        {
            throw new StoreUnusableException($"{path}: cannot be created or opened ({OneLine(e.Message).TrimEnd('.')}).", e);
        }
    }

    /// <summary>The first errors quick_check finds, joined on one line, or null for a sound file. It reads every page once,
    /// but skips the index-to-table cross-checks of integrity_check, which cost far more on a large file.</summary>
    private static async Task<string?> QuickCheckAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = Command(connection, null, "PRAGMA quick_check(3);");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var found = new List<string>();
        while (await reader.ReadAsync(ct)) found.Add(OneLine(reader.GetString(0).Replace("*** in database main ***", "")));
        return found is ["ok"] ? null : string.Join("; ", found);
    }

    /// <summary>What a failure to open or prepare the file means, in words a user can act on.</summary>
    private string Cause(SqliteException e) => e.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB => "is not a SQLite database; give the graph's database file, or move this one away",
        SQLitePCL.raw.SQLITE_CORRUPT => "the database is corrupt where it must be read to open it; restore it from a backup, or move it away",
        SQLitePCL.raw.SQLITE_READONLY => "is read-only, but the API writes to it; make it and its folder writable by the user the API runs as",
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM when Directory.Exists(path) => "is a folder, not a database file",
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM =>
            "cannot be opened for reading and writing; check that it and its folder are readable and writable by the user the API runs as",
        _ => "cannot be used",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var tx = connection.BeginTransaction();
        await ExecuteAsync(connection, tx, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;", ct);
        await using (var version = Command(connection, tx, "SELECT value FROM meta WHERE key = 'schema_version';"))
        {
            if (await version.ExecuteScalarAsync(ct) is string text)
            {
                // Migrations first: the tables' DDL below may index columns an older file does not have yet.
                var stored = int.TryParse(text, out var v) ? v : -1;
                for (; stored < Schema.Version && Schema.Migrations.TryGetValue(stored, out var migration); stored++)
                {
                    await ExecuteAsync(connection, tx, migration, ct);
                    await ExecuteAsync(connection, tx, "UPDATE meta SET value = $v WHERE key = 'schema_version';", ct, ("$v", (stored + 1).ToString()));
                }
                if (stored != Schema.Version)
                    throw new StoreUnusableException($"{path}: has schema version {stored}; this build reads version {Schema.Version}.");
            }
            else
            {
                await ExecuteAsync(connection, tx, "INSERT INTO meta(key, value) VALUES ('schema_version', $v);", ct, ("$v", Schema.Version.ToString()));
            }
        }
        await ExecuteAsync(connection, tx, Schema.Ddl, ct);
        await RestoreTextIndexAsync(connection, tx, ct);
        await tx.CommitAsync(ct);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default)
    {
        if (damage is not null) return StoreHealth.Corrupt;
        try
        {
            await using var connection = await OpenAsync(ct, interrupt: false);
            await using var command = Command(connection, null, "SELECT 1;");
            return await command.ExecuteScalarAsync(ct) is 1L ? StoreHealth.Ready : StoreHealth.Unreachable;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StoreHealth.Unreachable;
        }
    }

    /// <summary>Lets go of the pooled connections to this file (so it can be moved or deleted).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    // ---- Batched reads by id ----

    public Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ids.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, NodeLabel>>(new Dictionary<string, NodeLabel>())
            : LabelsAsync(ids, ct);

    private async Task<IReadOnlyDictionary<string, NodeLabel>> LabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var rows = await QueryAsync("SELECT id, label FROM node WHERE id IN (SELECT value FROM json_each($ids));",
            r => (Id: r.GetString(0), Label: EnumNames.Parse<NodeLabel>(r.GetString(1))), ct, ("$ids", Json(ids)));
        return rows.ToDictionary(r => r.Id, r => r.Label);
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {ActorColumns} FROM actor a WHERE a.id IN (SELECT value FROM json_each($ids)) ORDER BY a.id;", ReadActor, ct);

    public Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {DraftColumns} FROM draft d WHERE d.id IN (SELECT value FROM json_each($ids)) ORDER BY d.id;", ReadDraft, ct);

    public Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {AllianceColumns} FROM alliance l WHERE l.id IN (SELECT value FROM json_each($ids)) ORDER BY l.id;", ReadAlliance, ct);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {SourceColumns} FROM source o WHERE o.id IN (SELECT value FROM json_each($ids)) ORDER BY o.id;", ReadSource, ct);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, $"SELECT {StatementColumns}, {AboutOf("s")} FROM {StatementFrom} WHERE s.id IN (SELECT value FROM json_each($ids)) ORDER BY s.id;",
            ReadStatement, ct);

    private async Task<IReadOnlyList<T>> ByIdsAsync<T>(IReadOnlyCollection<string> ids, string sql, Func<SqliteDataReader, T> read, CancellationToken ct) =>
        ids.Count == 0 ? [] : await QueryAsync(sql, read, ct, ("$ids", Json(ids)));

    // ---- Paged searches ----

    public Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (filter.Kind is { } kind) { where.Add("a.kind = $kind"); args.Add(("$kind", EnumNames.ToName(kind))); }
        if (Needle(filter.Search) is { } needle)
        {
            where.Add("(contains_folded(CAST(a.name AS BLOB), $needle) OR EXISTS (SELECT 1 FROM json_each(a.aliases) j WHERE contains_folded(CAST(j.value AS BLOB), $needle)))");
            args.Add(("$needle", needle));
        }
        return PageAsync("actor a", where, "a.name, a.id", ActorColumns, ReadActor, page, args, ct);
    }

    public Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (filter.Kind is { } kind) { where.Add("d.kind = $kind"); args.Add(("$kind", EnumNames.ToName(kind))); }
        if (filter.ForumId is { } forum) { where.Add("d.forum_id = $forum"); args.Add(("$forum", forum)); }
        if (filter.SubjectId is { } subject) { where.Add("d.subject_id = $subject"); args.Add(("$subject", subject)); }
        if (Needle(filter.Search) is { } needle) { where.Add("contains_folded(CAST(d.title AS BLOB), $needle)"); args.Add(("$needle", needle)); }
        return PageAsync("draft d", where, "d.title, d.id", DraftColumns, ReadDraft, page, args, ct);
    }

    public Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (filter.Kind is { } kind) { where.Add("l.kind = $kind"); args.Add(("$kind", EnumNames.ToName(kind))); }
        if (Needle(filter.Search) is { } needle) { where.Add("contains_folded(CAST(l.name AS BLOB), $needle)"); args.Add(("$needle", needle)); }
        return PageAsync("alliance l", where, "l.name, l.id", AllianceColumns, ReadAlliance, page, args, ct);
    }

    public Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default) =>
        PageAsync("source o", [], "o.date, o.id", SourceColumns, ReadSource, page, [], ct);

    public Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default)
    {
        if (filter == new StatementFilter(Search: filter.Search) && MatchExpression(filter.Search) is { } match)
            return Cancellable(SearchAsync(match, page, ct), ct);
        var (where, args) = StatementWhere(filter);
        return PageAsync(StatementFrom, where, $"{EffectiveDate} DESC, s.id", $"{StatementColumns}, {AboutOf("s")}", ReadStatement, page, args, ct,
            countFrom: "statement s");
    }

    /// <summary>How many matches a text search alone counts and lists (<see cref="StatementFilter.MaxSearchCount"/>; lower in tests).</summary>
    internal int SearchCountLimit { get; init; } = StatementFilter.MaxSearchCount;

    /// <summary>
    /// A text search alone, newest first. The total is counted in the full-text index only, up to
    /// <see cref="SearchCountLimit"/>: counting all 900,000 matches of "the" would cost more than 40 ms. The page walks the
    /// date index and keeps the statements that match, which stops early for a common word; how each walked row
    /// is tested depends on how common the words are: a rare word's matches are listed once (~0.2 us each) and
    /// each walked row looked up in that list; a common word is tested row by row against the full-text index
    /// (~50 us each, measured at 1M statements), which wins when the walk is short and the list would be long.
    /// </summary>
    private async Task<Page<Statement>> SearchAsync(string match, PageRequest page, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: true); // the total and the page from one snapshot
        int total;
        long statements;
        await using (var count = Command(connection, tx,
            $"SELECT (SELECT count(*) FROM (SELECT rowid FROM statement_fts WHERE statement_fts MATCH $match AND rowid NOT IN {Schema.RetractedStatementSeqs} LIMIT $cap)), (SELECT max(seq) FROM statement);",
            ("$match", match), ("$cap", SearchCountLimit)))
        await using (var reader = await count.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            total = (int)reader.GetInt64(0);
            statements = reader.IsDBNull(1) ? 0 : reader.GetInt64(1); // seq only grows: an upper bound of the count, in O(1)
        }
        var items = new List<Statement>();
        if (total > page.Offset && page.First > 0)
        {
            // Walk length ~ (offset + first) * statements / total rows; a row tested costs ~300 matches listed.
            var rowByRow = (double)total * total >= 300.0 * (page.Offset + page.First) * statements;
            var test = rowByRow
                ? "EXISTS (SELECT 1 FROM statement_fts f WHERE f.statement_fts MATCH $match AND f.rowid = w.seq)"
                : "w.seq IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH $match)";
            // INDEXED BY: the planner would otherwise look every match up and sort them all.
            await using var command = Command(connection, tx, $"""
                SELECT {StatementColumns}, {AboutOf("s")} FROM {StatementFrom}
                WHERE s.seq IN (SELECT w.seq FROM statement w INDEXED BY statement_by_date WHERE {test} AND w.seq NOT IN {Schema.RetractedStatementSeqs}
                                ORDER BY w.effective_date DESC, w.id LIMIT $first OFFSET $offset)
                ORDER BY {EffectiveDate} DESC, s.id;
                """, ("$match", match), ("$first", Math.Min(page.First, total - page.Offset)), ("$offset", page.Offset));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) items.Add(ReadStatement(reader));
        }
        await tx.CommitAsync(ct);
        return new Page<Statement>(items, page.Offset, total);
    }

    /// <summary>
    /// Each speaker's slice, newest first, read from the (speaker, date) index: a count and a LIMIT per speaker,
    /// on one connection, so the cost follows the page size rather than how much a speaker has said.
    /// </summary>
    public Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct = default) =>
        Cancellable(BySpeakersAsync(speakerIds, filter, page, ct), ct);

    private async Task<IReadOnlyDictionary<string, Page<Statement>>> BySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct)
    {
        var speakers = speakerIds.Distinct().ToList();
        var result = new Dictionary<string, Page<Statement>>();
        if (speakers.Count == 0) return result;
        var (where, args) = StatementWhere(filter with { SpeakerId = null });
        where.Insert(0, "s.speaker_id = $speakerId");
        var condition = string.Join(" AND ", where);
        // Without other conditions the total is the speaker's kept count (of statements not retracted).
        var count = filter with { SpeakerId = null } == new StatementFilter()
            ? "SELECT COALESCE((SELECT statements FROM speaker_statements WHERE speaker_id = $speakerId), 0);"
            : $"SELECT COUNT(*) FROM statement s WHERE {condition};";
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: true); // every speaker from one snapshot
        await using var command = Command(connection, tx, $"""
            {count}
            SELECT {StatementColumns}, {AboutOf("s")} FROM {StatementFrom} WHERE {condition}
            ORDER BY {EffectiveDate} DESC, s.id LIMIT $first OFFSET $offset;
            """, [.. args, ("$speakerId", null), ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)]);
        foreach (var speaker in speakers)
        {
            command.Parameters["$speakerId"].Value = speaker;
            var items = new List<Statement>();
            int total;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                total = (int)reader.GetInt64(0);
                await reader.NextResultAsync(ct);
                while (await reader.ReadAsync(ct)) items.Add(ReadStatement(reader));
            }
            result[speaker] = new Page<Statement>(items, page.Offset, total);
        }
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>The statement filter as SQL conditions (constant text) and their parameters.</summary>
    private static (List<string> Where, List<(string, object?)> Args) StatementWhere(StatementFilter filter)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (!filter.IncludeRetracted) where.Add($"s.seq NOT IN {Schema.RetractedStatementSeqs}");
        if (filter.SpeakerId is { } speaker) { where.Add("s.speaker_id = $speaker"); args.Add(("$speaker", speaker)); }
        if (filter.AboutId is { } about)
        {
            where.Add("EXISTS (SELECT 1 FROM statement_about a WHERE a.statement_id = s.id AND a.target_id = $about)");
            args.Add(("$about", about));
        }
        if (filter.From is { } from) { where.Add($"{EffectiveDate} >= $from"); args.Add(("$from", DateParsing.Format(from))); }
        if (filter.To is { } to) { where.Add($"{EffectiveDate} <= $to"); args.Add(("$to", DateParsing.Format(to))); }
        if (MatchExpression(filter.Search) is { } match)
        {
            where.Add("s.seq IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH $match)");
            args.Add(("$match", match));
        }
        return (where, args);
    }

    /// <summary>
    /// The user's terms as an FTS5 query that cannot be anything else: each word or phrase a quoted string (a prefix
    /// followed by <c>*</c>), all of them required. Null when there is nothing to look for.
    /// </summary>
    internal static string? MatchExpression(string? search)
    {
        var terms = SearchWords.Parse(search);
        return terms.Count == 0 ? null
            : string.Join(" ", terms.Select(t => $"\"{string.Join(' ', t.Words)}\"" + (t.Prefix ? "*" : ""))); // letters and digits only
    }

    /// <summary>What a name search looks for: the trimmed text, case-folded, as UTF-8 bytes; null for a blank search.</summary>
    private static byte[]? Needle(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : Encoding.UTF8.GetBytes(search.Trim().ToLowerInvariant());

    /// <summary>The total of the filter and one page of it, as two commands in one round trip.</summary>
    private Task<Page<T>> PageAsync<T>(string from, IReadOnlyList<string> where, string orderBy, string columns,
        Func<SqliteDataReader, T> read, PageRequest page, IEnumerable<(string, object?)> args, CancellationToken ct, string? countFrom = null) =>
        Cancellable(ReadPageAsync(from, where, orderBy, columns, read, page, args, ct, countFrom), ct);

    private async Task<Page<T>> ReadPageAsync<T>(string from, IReadOnlyList<string> where, string orderBy, string columns,
        Func<SqliteDataReader, T> read, PageRequest page, IEnumerable<(string, object?)> args, CancellationToken ct, string? countFrom)
    {
        var condition = where.Count == 0 ? "1" : string.Join(" AND ", where);
        var sql = $"""
            SELECT COUNT(*) FROM {countFrom ?? from} WHERE {condition};
            SELECT {columns} FROM {from} WHERE {condition} ORDER BY {orderBy} LIMIT $first OFFSET $offset;
            """;
        await using var connection = await OpenAsync(ct);
        // One read transaction, so the total and the page come from the same snapshot while others write.
        await using var tx = connection.BeginTransaction(deferred: true);
        await using var command = Command(connection, tx, sql,
            [.. args, ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)]);
        var items = new List<T>();
        int total;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            total = (int)reader.GetInt64(0);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct)) items.Add(read(reader));
        }
        await tx.CommitAsync(ct);
        return new Page<T>(items, page.Offset, total);
    }

    // ---- Dated facts ----

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
    /// JSON array in the order it was given. Columns: id, subject, object, since, until, evidence, extra.
    /// </summary>
    private async Task<IReadOnlyList<T>> FactsAsync<T>(string table, string subject, string @object, string extra, FactFilter filter,
        (string Condition, string Value)? stance, Func<SqliteDataReader, IReadOnlyList<Evidence>, T> read, CancellationToken ct)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (filter.SubjectIds is { } subjects) { where.Add($"f.{subject} IN (SELECT value FROM json_each($subjects))"); args.Add(("$subjects", Json(subjects))); }
        if (filter.ObjectIds is { } objects) { where.Add($"f.{@object} IN (SELECT value FROM json_each($objects))"); args.Add(("$objects", Json(objects))); }
        if (filter.FactIds is { } ids) { where.Add("f.id IN (SELECT value FROM json_each($ids))"); args.Add(("$ids", Json(ids))); }
        if (!filter.IncludeRetracted) where.Add($"f.id NOT IN {Schema.Retracted}");
        if (filter.AsOf is { } asOf)
        {
            // Same rule as Dates.Holds: begun on or before the day, not yet ended on it.
            where.Add("(f.since IS NULL OR f.since <= $asOf) AND (f.until IS NULL OR f.until > $asOf)");
            args.Add(("$asOf", DateParsing.Format(asOf)));
        }
        if (stance is { } st) { where.Add(st.Condition); args.Add(("$stance", st.Value)); }
        var sql = $"""
            SELECT f.id, f.{subject}, f.{@object}, f.since, f.until,
                   (SELECT json_group_array(json_array(e.source_id, e.statement_id, e.excerpt) ORDER BY e.ord)
                    FROM evidence e WHERE e.fact_id = f.id),
                   {extra}
            FROM {table} f
            WHERE {(where.Count == 0 ? "1" : string.Join(" AND ", where))}
            ORDER BY f.since, f.{subject}, f.id;
            """;
        return await QueryAsync(sql, r => read(r, ReadEvidence(r.GetString(5))), ct, [.. args]);
    }

    // ---- Votes and ballots ----

    /// <summary>The evidence of the fact row aliased <paramref name="alias"/>, as a JSON array in the order given.</summary>
    private static string EvidenceOf(string alias) =>
        $"(SELECT json_group_array(json_array(e.source_id, e.statement_id, e.excerpt) ORDER BY e.ord) FROM evidence e WHERE e.fact_id = {alias}.id)";

    public Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default) =>
        VotesAsync("v.draft_id", draftIds, ct);

    public Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default) =>
        VotesAsync("v.id", voteIds, ct);

    /// <summary>Votes whose <paramref name="column"/> (a constant) is one of the ids, by date (undated first), then id.</summary>
    private async Task<IReadOnlyList<Vote>> VotesAsync(string column, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await QueryAsync($"""
            SELECT v.id, v.draft_id, v.date, v.result, v.yes, v."no", v.abstain, {EvidenceOf("v")}
            FROM vote v WHERE {column} IN (SELECT value FROM json_each($ids))
            ORDER BY v.date, v.id;
            """,
            r => new Vote(r.GetString(0), r.GetString(1), DateOf(r, 2), EnumNames.Parse<VoteResult>(r.GetString(3)), IntOf(r, 4), IntOf(r, 5),
                IntOf(r, 6), ReadEvidence(r.GetString(7))), ct, ("$ids", Json(ids)));

    /// <summary>Ballots cannot be retracted, so IncludeRetracted changes nothing; AsOf keeps those of votes held by then.</summary>
    public Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (filter.SubjectIds is { } subjects) { where.Add("b.actor_id IN (SELECT value FROM json_each($subjects))"); args.Add(("$subjects", Json(subjects))); }
        if (filter.ObjectIds is { } objects) { where.Add("b.vote_id IN (SELECT value FROM json_each($objects))"); args.Add(("$objects", Json(objects))); }
        if (filter.FactIds is { } ids) { where.Add("b.id IN (SELECT value FROM json_each($ids))"); args.Add(("$ids", Json(ids))); }
        if (filter.AsOf is { } asOf) { where.Add("(v.date IS NULL OR v.date <= $asOf)"); args.Add(("$asOf", DateParsing.Format(asOf))); }
        return BallotsAsync($"""
            SELECT b.id, b.vote_id, b.actor_id, b.choice, b.veto, {EvidenceOf("b")}
            FROM ballot b JOIN vote v ON v.id = b.vote_id
            WHERE {(where.Count == 0 ? "1" : string.Join(" AND ", where))}
            ORDER BY v.date, v.id, b.actor_id;
            """, args, ct);
    }

    private async Task<IReadOnlyList<Ballot>> BallotsAsync(string sql, List<(string, object?)> args, CancellationToken ct) =>
        await QueryAsync(sql, r => new Ballot(r.GetString(0), r.GetString(1), r.GetString(2), EnumNames.Parse<BallotChoice>(r.GetString(3)),
            r.GetInt64(4) != 0, ReadEvidence(r.GetString(5))), ct, [.. args]);

    /// <summary>
    /// The alignment's counts in one query, so only actors, drafts and pairs leave SQLite (not the 30,000 positions,
    /// with their evidence, of a few states). The side of (actor, draft) is its latest position in the window, as
    /// <see cref="AgreementCounts"/> says: latest by since with an undated one earliest (COALESCE to the day an undated
    /// position sorts as in .NET), then by id; position_sides covers every column read, in that order.
    /// Three result sets: actors, drafts, pairs.
    /// </summary>
    public Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        Cancellable(AgreementsAsync(actorIds, from, to, ct), ct);

    private async Task<AgreementCounts> AgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (actorIds is not null && from is null && to is null)
            return await AgreementsOfAllTimeAsync(actorIds, ct);
        var sql = $"""
            CREATE TEMP TABLE IF NOT EXISTS temp.side(actor_id TEXT NOT NULL, draft_id TEXT NOT NULL, side INTEGER NOT NULL, PRIMARY KEY(draft_id, actor_id)) WITHOUT ROWID;
            DELETE FROM temp.side;
            INSERT INTO temp.side(actor_id, draft_id, side)
            SELECT actor_id, draft_id, CASE WHEN stance = 'OPPOSES' THEN -1 ELSE 1 END FROM (
                SELECT actor_id, draft_id, stance,
                       row_number() OVER (PARTITION BY actor_id, draft_id ORDER BY COALESCE(since, '0001-01-01') DESC, id DESC) AS latest
                FROM (SELECT actor_id, draft_id, stance, since, id FROM position
                      WHERE {(actorIds is null ? "1" : "actor_id IN (SELECT value FROM json_each($actors))")} AND id NOT IN {Schema.Retracted}
                        AND ($to IS NULL OR since IS NULL OR since <= $to) AND ($from IS NULL OR until IS NULL OR until > $from)
                      UNION ALL
                      {BallotSides(actorIds is null ? "1" : "b.actor_id IN (SELECT value FROM json_each($actors))")}
                        AND ($to IS NULL OR v.date IS NULL OR v.date <= $to)))
            WHERE latest = 1;
            SELECT DISTINCT actor_id FROM temp.side;
            SELECT DISTINCT draft_id FROM temp.side;
            SELECT a.actor_id, b.actor_id, sum(a.side = b.side), sum(a.side <> b.side)
            FROM temp.side a JOIN temp.side b ON b.draft_id = a.draft_id AND b.actor_id > a.actor_id
            GROUP BY a.actor_id, b.actor_id;
            """;
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: true); // one snapshot; the temp table is this connection's own
        await using var command = Command(connection, tx, sql, ("$actors", actorIds is null ? null : Json(actorIds)),
            ("$from", DateText(from)), ("$to", DateText(to)));
        var actors = new List<string>();
        var drafts = new List<string>();
        var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) actors.Add(reader.GetString(0));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct)) drafts.Add(reader.GetString(0));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // SQLite orders text by UTF-8 bytes, .NET ordinal by UTF-16 units: put each pair in .NET's order.
                var (x, y) = (reader.GetString(0), reader.GetString(1));
                pairs[string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x)] = (reader.GetInt32(2), reader.GetInt32(3));
            }
        }
        await ExecuteAsync(connection, tx, "DELETE FROM temp.side;", ct);
        await tx.CommitAsync(ct);
        return new AgreementCounts(actors.Order(StringComparer.Ordinal).ToList(), drafts.Order(StringComparer.Ordinal).ToList(), pairs);
    }

    /// <summary>
    /// The ballots that take a side, as rows of positions (actor_id, draft_id, stance, since, id) held from the vote's day,
    /// with the condition given (a constant); the stance of each choice is Ballots.AsSide's, written out for SQL.
    /// </summary>
    private static string BallotSides(string condition) => $"""
        SELECT b.actor_id, v.draft_id, {BallotStance} AS stance, v.date, b.id FROM ballot b JOIN vote v ON v.id = b.vote_id
        WHERE {condition} AND {BallotStance} IS NOT NULL
        """;

    private static readonly string BallotStance = "CASE " + string.Join(" ",
        from choice in Enum.GetValues<BallotChoice>()
        from veto in new[] { false, true }
        let stance = Ballots.AsSide(choice, veto)
        where stance is not null
        select $"WHEN b.choice = '{EnumNames.ToName(choice)}' AND b.veto = {(veto ? 1 : 0)} THEN '{EnumNames.ToName(stance.Value)}'") + " END";

    /// <summary>Each actor's side of each draft over all time, as read at one position_version (see <see cref="AgreementsOfAllTimeAsync"/>).</summary>
    private sealed record SideCache(string? Version, ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> Sides);

    private volatile SideCache sideCache = new(null, new());

    /// <summary>
    /// A neighbourhood with no date colours its actors by their sides over all time, which change only when positions do.
    /// So each actor's sides are read once (one query for the actors not yet kept) and kept until position_version
    /// (bumped by a trigger on every change to positions, by any process) moves; the pairs are then counted here. The
    /// version and the missing sides are read in one transaction, so kept sides always belong to the version they are kept under.
    /// </summary>
    private async Task<AgreementCounts> AgreementsOfAllTimeAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct)
    {
        var wanted = actorIds.Distinct().ToList();
        await using (var connection = await OpenAsync(ct))
        {
            await using var tx = connection.BeginTransaction(deferred: true);
            string? version;
            await using (var read = Command(connection, tx, "SELECT value FROM meta WHERE key = 'position_version';"))
                version = await read.ExecuteScalarAsync(ct) as string;
            var cache = sideCache;
            if (cache.Version != version || version is null) // no version yet: nothing to key on, so keep nothing
                sideCache = cache = new SideCache(version, new());
            var missing = wanted.Where(a => !cache.Sides.ContainsKey(a)).ToList();
            if (missing.Count > 0)
            {
                var read = new Dictionary<string, Dictionary<string, int>>();
                await using (var command = Command(connection, tx, $"""
                    SELECT actor_id, draft_id, CASE WHEN stance = 'OPPOSES' THEN -1 ELSE 1 END FROM (
                        SELECT actor_id, draft_id, stance,
                               row_number() OVER (PARTITION BY actor_id, draft_id ORDER BY COALESCE(since, '0001-01-01') DESC, id DESC) AS latest
                        FROM (SELECT actor_id, draft_id, stance, since, id FROM position
                              WHERE actor_id IN (SELECT value FROM json_each($actors)) AND id NOT IN {Schema.Retracted}
                              UNION ALL
                              {BallotSides("b.actor_id IN (SELECT value FROM json_each($actors))")}))
                    WHERE latest = 1;
                    """, ("$actors", Json(missing))))
                await using (var reader = await command.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct))
                    {
                        var actor = reader.GetString(0);
                        if (!read.TryGetValue(actor, out var sides)) read[actor] = sides = [];
                        sides[reader.GetString(1)] = reader.GetInt32(2);
                    }
                foreach (var actor in missing)
                    cache.Sides[actor] = read.TryGetValue(actor, out var sides) ? sides : new Dictionary<string, int>();
            }
            await tx.CommitAsync(ct);
            wanted = wanted.Where(a => cache.Sides[a].Count > 0).Order(StringComparer.Ordinal).ToList();
            var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
            for (var i = 0; i < wanted.Count; i++)
            {
                ct.ThrowIfCancellationRequested(); // all pairs: 2,000 actors are 2 million
                for (var j = i + 1; j < wanted.Count; j++)
                {
                    var (mine, theirs) = (cache.Sides[wanted[i]], cache.Sides[wanted[j]]);
                    if (mine.Count > theirs.Count) (mine, theirs) = (theirs, mine);
                    var (agree, disagree) = (0, 0);
                    foreach (var (draft, side) in mine)
                        if (theirs.TryGetValue(draft, out var other)) { if (other == side) agree++; else disagree++; }
                    if (agree + disagree > 0) pairs[(wanted[i], wanted[j])] = (agree, disagree);
                }
            }
            var drafts = wanted.SelectMany(a => cache.Sides[a].Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            return new AgreementCounts(wanted, drafts, pairs);
        }
    }

    /// <summary>
    /// [[source, statement or null, excerpt or null], ...] read forward-only: a JsonDocument per fact cost more than
    /// the fact's query when a request reads hundreds of positions.
    /// </summary>
    private static List<Evidence> ReadEvidence(string json)
    {
        var evidence = new List<Evidence>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read(); // the outer [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var source = reader.GetString()!;
            reader.Read();
            var statement = reader.GetString();
            reader.Read();
            var excerpt = reader.GetString();
            reader.Read(); // ]
            evidence.Add(new Evidence(source, statement, excerpt));
        }
        return evidence;
    }

    public async Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default) =>
        subjectIds.Count == 0 ? [] : await QueryAsync(
            "SELECT subject_id, reason, \"by\", at FROM retraction WHERE subject_id IN (SELECT value FROM json_each($ids)) ORDER BY subject_id;",
            r => new Retraction(r.GetString(0), r.GetString(1), r.GetString(2), DateParsing.ParseInstant(r.GetString(3))), ct, ("$ids", Json(subjectIds)));

    // ---- Drafts' history and relations ----

    public async Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return [];
        var rows = await QueryAsync(
            "SELECT draft_id, status, date, source_id, statement_id, excerpt FROM draft_status WHERE draft_id IN (SELECT value FROM json_each($ids));",
            r => new DraftStatusChange(r.GetString(0), EnumNames.Parse<DraftStatus>(r.GetString(1)), DateOf(r, 2),
                new Evidence(r.GetString(3), StringOf(r, 4), StringOf(r, 5))), ct, ("$ids", Json(draftIds)));
        // The enum's order (proposed before adopted) breaks ties on a day; SQL only knows the names, so sort here.
        return rows.OrderBy(c => c.DraftId, StringComparer.Ordinal).ThenBy(c => c.Date).ThenBy(c => c.Status).ToList();
    }

    public async Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return [];
        return await QueryAsync("""
            SELECT from_id, kind, to_id, source_id, statement_id, excerpt FROM draft_relation
            WHERE from_id IN (SELECT value FROM json_each($ids)) OR to_id IN (SELECT value FROM json_each($ids))
            ORDER BY from_id, kind, to_id;
            """,
            r => new DraftRelation(r.GetString(0), EnumNames.Parse<DraftRelationKind>(r.GetString(1)), r.GetString(2),
                new Evidence(r.GetString(3), StringOf(r, 4), StringOf(r, 5))), ct, ("$ids", Json(draftIds)));
    }

    // ---- Edges ----

    /// <summary>
    /// The graph as path search sees it, each edge in its stored direction: REPRESENTS (roles), MADE and ABOUT
    /// (statements), the stances (positions), MEMBER_OF, the draft relations and IN_FORUM. Sources, evidence
    /// and 'via' are provenance, not relations. One branch per table rather than a view, because SQLite does
    /// not push an IN (subquery) filter into a UNION view and would scan every table; UNION also drops an
    /// edge found from both ends or repeated by two facts.
    /// </summary>
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default) =>
        nodeIds.Count == 0 ? Task.FromResult<IReadOnlyList<GraphEdge>>([]) : Cancellable(EdgesAsync(nodeIds, ct), ct);

    private async Task<IReadOnlyList<GraphEdge>> EdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await ReadEdgesAsync(connection, null, nodeIds, ct);
    }

    private static async Task<IReadOnlyList<GraphEdge>> ReadEdgesAsync(SqliteConnection connection, SqliteTransaction? tx,
        IReadOnlyCollection<string> nodeIds, CancellationToken ct)
    {
        await using var command = Command(connection, tx, $"""
            WITH ids(id) AS (SELECT value FROM json_each($ids))
                  SELECT person_id, 'REPRESENTS', represents_id FROM role WHERE (person_id IN ids OR represents_id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT speaker_id, 'MADE', id FROM statement WHERE (speaker_id IN ids OR id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT statement_id, 'ABOUT', target_id FROM statement_about WHERE (statement_id IN ids OR target_id IN ids) AND statement_id NOT IN {Schema.Retracted}
            UNION SELECT actor_id, stance, draft_id FROM position WHERE (actor_id IN ids OR draft_id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT actor_id, 'MEMBER_OF', alliance_id FROM membership WHERE (actor_id IN ids OR alliance_id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT from_id, kind, to_id FROM draft_relation WHERE from_id IN ids OR to_id IN ids
            UNION SELECT id, 'IN_FORUM', forum_id FROM draft WHERE forum_id IS NOT NULL AND (id IN ids OR forum_id IN ids)
            ORDER BY 1, 2, 3;
            """, ("$ids", Json(nodeIds)));
        var edges = new List<GraphEdge>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) edges.Add(new GraphEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return edges;
    }

    /// <summary>
    /// Path search's step: the edges of <see cref="GetEdgesAsync"/> without those from the nodes to statements (a statement
    /// in the list, or one of the path's ends, keeps them), and the nodes' statement links (which say which end is the speaker:
    /// MADE, or ABOUT). Once any statement is about a statement (never in what the extractor writes), such a
    /// statement has statements for neighbours, which links do not cover: then every edge, no links, as before.
    /// </summary>
    public Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default) => Cancellable(ExpandAsync(nodeIds, keepStatementIds, ct), ct);

    private async Task<PathExpansion> ExpandAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds, CancellationToken ct)
    {
        if (nodeIds.Count == 0) return new PathExpansion([], []);
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: true); // the flag and the edges from one snapshot
        // Links do not know retractions: once a statement is retracted, every edge (which leaves it out), no links.
        await using (var flag = Command(connection, tx,
            $"SELECT 1 FROM meta WHERE key = 'statement_about_statement' UNION ALL SELECT 1 FROM {Schema.RetractedStatementSeqs} LIMIT 1;"))
            if (await flag.ExecuteScalarAsync(ct) is not null)
                return new PathExpansion(await ReadEdgesAsync(connection, tx, nodeIds, ct), []);
        await using var command = Command(connection, tx, $"""
            WITH ids(id) AS (SELECT value FROM json_each($ids)), keep(id) AS (SELECT value FROM json_each($keep))
                  SELECT person_id, 'REPRESENTS', represents_id FROM role WHERE (person_id IN ids OR represents_id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT speaker_id, 'MADE', id FROM statement WHERE (id IN ids OR (id IN keep AND speaker_id IN ids)) AND id NOT IN {Schema.Retracted}
            UNION SELECT statement_id, 'ABOUT', target_id FROM statement_about
                  WHERE (statement_id IN ids OR (statement_id IN keep AND target_id IN ids)) AND statement_id NOT IN {Schema.Retracted}
            UNION SELECT actor_id, stance, draft_id FROM position WHERE (actor_id IN ids OR draft_id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT actor_id, 'MEMBER_OF', alliance_id FROM membership WHERE (actor_id IN ids OR alliance_id IN ids) AND id NOT IN {Schema.Retracted}
            UNION SELECT from_id, kind, to_id FROM draft_relation WHERE from_id IN ids OR to_id IN ids
            UNION SELECT id, 'IN_FORUM', forum_id FROM draft WHERE forum_id IS NOT NULL AND (id IN ids OR forum_id IN ids)
            ORDER BY 1, 2, 3;
            SELECT node_id, other_id, statement_id, made FROM statement_link WHERE node_id IN (SELECT value FROM json_each($ids));
            """, ("$ids", Json(nodeIds)), ("$keep", Json(keepStatementIds)));
        var edges = new List<GraphEdge>();
        var links = new List<StatementLink>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) edges.Add(new GraphEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var (node, other, statement, made) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3));
                GraphEdge Edge(string end, bool isSpeaker) => isSpeaker ? new GraphEdge(end, "MADE", statement) : new GraphEdge(statement, "ABOUT", end);
                links.Add(new StatementLink(node, other, statement, Edge(node, (made & 1) != 0), Edge(other, (made & 2) != 0)));
            }
        }
        await tx.CommitAsync(ct);
        return new PathExpansion(edges, links);
    }

    // ---- Extractions ----

    /// <summary>Every subject and source asked for in one query; each list filters only when given.</summary>
    public async Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default)
    {
        if (filter.SubjectIds is { Count: 0 } || filter.SourceIds is { Count: 0 }) return [];
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (filter.SubjectIds is { } subjects) { where.Add("subject_id IN (SELECT value FROM json_each($subjects))"); args.Add(("$subjects", Json(subjects))); }
        if (filter.SourceIds is { } sources) { where.Add("source_id IN (SELECT value FROM json_each($sources))"); args.Add(("$sources", Json(sources))); }
        if (!filter.IncludeRetracted) where.Add($"subject_id NOT IN {Schema.Retracted}");
        var sql = $"""
            SELECT subject_id, source_id, start, length, text, confidence, rule, created FROM extraction
            WHERE {(where.Count == 0 ? "1" : string.Join(" AND ", where))}
            ORDER BY source_id, start, length, subject_id;
            """;
        return await QueryAsync(sql, r => new Extraction(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            r.GetDouble(5), r.GetString(6), r.GetBoolean(7)), ct, [.. args]);
    }

    /// <summary>
    /// Per node, each kind of edge read from its index with a limit (a speaker's newest statements first), so a
    /// node with a hundred thousand edges costs as little as one with ten; then the node's first maxPerNode in
    /// (relation, other end) order. One command per node, on one connection.
    /// </summary>
    public Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default) =>
        Cancellable(SampleAsync(nodeIds, maxPerNode, ct), ct);

    private async Task<EdgeSample> SampleAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerNode, 1);
        var kept = new HashSet<GraphEdge>();
        var cut = new HashSet<string>();
        if (nodeIds.Count == 0) return new EdgeSample([], cut);
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: true); // every node from one snapshot
        const string R = Schema.Retracted;
        await using var command = Command(connection, tx, $"""
                      SELECT * FROM (SELECT person_id, 'REPRESENTS', represents_id FROM role WHERE person_id = $id AND id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT person_id, 'REPRESENTS', represents_id FROM role WHERE represents_id = $id AND id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT speaker_id, 'MADE', id FROM statement WHERE speaker_id = $id AND id NOT IN {R} ORDER BY effective_date DESC, id LIMIT $limit)
            UNION ALL SELECT speaker_id, 'MADE', id FROM statement WHERE id = $id AND id NOT IN {R}
            UNION ALL SELECT * FROM (SELECT statement_id, 'ABOUT', target_id FROM statement_about WHERE statement_id = $id AND statement_id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT statement_id, 'ABOUT', target_id FROM statement_about WHERE target_id = $id AND statement_id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT actor_id, stance, draft_id FROM position WHERE actor_id = $id AND id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT actor_id, stance, draft_id FROM position WHERE draft_id = $id AND id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT actor_id, 'MEMBER_OF', alliance_id FROM membership WHERE actor_id = $id AND id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT actor_id, 'MEMBER_OF', alliance_id FROM membership WHERE alliance_id = $id AND id NOT IN {R} LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT from_id, kind, to_id FROM draft_relation WHERE from_id = $id LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT from_id, kind, to_id FROM draft_relation WHERE to_id = $id LIMIT $limit)
            UNION ALL SELECT id, 'IN_FORUM', forum_id FROM draft WHERE id = $id AND forum_id IS NOT NULL
            UNION ALL SELECT * FROM (SELECT id, 'IN_FORUM', forum_id FROM draft WHERE forum_id = $id LIMIT $limit);
            """, ("$id", null), ("$limit", maxPerNode + 1)); // one more than kept tells that there are more
        foreach (var id in nodeIds.Distinct())
        {
            command.Parameters["$id"].Value = id;
            var mine = new HashSet<GraphEdge>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                    mine.Add(new GraphEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            if (mine.Count > maxPerNode) cut.Add(id);
            kept.UnionWith(mine.OrderBy(e => e.Relation, StringComparer.Ordinal)
                .ThenBy(e => e.FromId == id ? e.ToId : e.FromId, StringComparer.Ordinal).Take(maxPerNode));
        }
        await tx.CommitAsync(ct);
        return new EdgeSample(kept.ToList(), cut);
    }

    public async Task<string?> GetMarkerAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct, interrupt: false); // one row by key
        await using var command = Command(connection, null, "SELECT value FROM marker WHERE key = $key;", ("$key", key));
        return (string?)await command.ExecuteScalarAsync(ct);
    }

    // ---- Row mapping (column lists and readers kept side by side) ----

    private const string ActorColumns = "a.id, a.kind, a.name, a.aliases, a.description";

    private static Actor ReadActor(SqliteDataReader r) => new(r.GetString(0), EnumNames.Parse<ActorKind>(r.GetString(1)), r.GetString(2),
        ReadStrings(r.GetString(3)), StringOf(r, 4));

    /// <summary>A JSON array of strings; most actors and statements have none or few, so the empty one is not parsed.</summary>
    private static List<string> ReadStrings(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private const string DraftColumns = "d.id, d.kind, d.title, d.forum_id, d.description, d.subject_id";

    private static Draft ReadDraft(SqliteDataReader r) =>
        new(r.GetString(0), EnumNames.Parse<DraftKind>(r.GetString(1)), r.GetString(2), StringOf(r, 3), StringOf(r, 4)) { SubjectId = StringOf(r, 5) };

    private const string AllianceColumns = "l.id, l.kind, l.name, l.description, l.body_id";

    private static Alliance ReadAlliance(SqliteDataReader r) =>
        new(r.GetString(0), EnumNames.Parse<AllianceKind>(r.GetString(1)), r.GetString(2), StringOf(r, 3)) { BodyId = StringOf(r, 4) };

    private const string SourceColumns = "o.id, o.kind, o.title, o.outlet_id, o.date, o.url, o.document";

    private static Source ReadSource(SqliteDataReader r) => new(r.GetString(0), EnumNames.Parse<SourceKind>(r.GetString(1)), r.GetString(2),
        StringOf(r, 3), DateOf(r, 4), StringOf(r, 5), StringOf(r, 6));

    /// <summary>Statements come with their source's date (ReportedOn), which dates them when they carry no date of their own.</summary>
    private const string StatementFrom = "statement s JOIN source src ON src.id = s.source_id";

    /// <summary>COALESCE(s.date, src.date), stored (schema version 3) so that it can be indexed.</summary>
    private const string EffectiveDate = "s.effective_date";

    private const string StatementColumns =
        "s.id, s.speaker_id, s.date, src.date AS reported_on, s.kind, s.text, s.source_id, s.via_id, s.setting";

    /// <summary>The about-list of the statement row aliased <paramref name="alias"/>, as a JSON array in the order given.</summary>
    private static string AboutOf(string alias) =>
        $"(SELECT json_group_array(x.target_id ORDER BY x.ord) FROM statement_about x WHERE x.statement_id = {alias}.id)";

    /// <summary>Reads <see cref="StatementColumns"/> followed by the about-list.</summary>
    private static Statement ReadStatement(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), DateOf(r, 2), DateOf(r, 3),
        EnumNames.Parse<StatementKind>(r.GetString(4)), r.GetString(5), r.GetString(6), StringOf(r, 7), StringOf(r, 8),
        ReadStrings(r.GetString(9)));

    private static string? StringOf(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? IntOf(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static DateOnly? DateOf(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : DateParsing.Parse(r.GetString(i), r.GetName(i));

    private static object? DateText(DateOnly? date) => date is { } d ? DateParsing.Format(d) : null;

    private static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    // ---- Plumbing ----

    /// <summary>
    /// Opens a pooled connection; each store call opens one, so this is where a round trip is counted. A read's connection
    /// stops the statement it runs when <paramref name="ct"/> is cancelled (the read must then be <see cref="Cancellable{T}"/>);
    /// writes and set-up are not interrupted (they look at the token between statements).
    /// </summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken ct, bool interrupt = true)
    {
        RoundTrips.Record();
        var connection = new InterruptibleConnection(connectionString);
        try
        {
            // Name searches: a case-folded substring test done in .NET. SQLite's LIKE folds ASCII only,
            // stops at U+0000 and reads U+FFFE/U+FFFF as U+FFFD; text handed over as bytes (a BLOB) arrives whole.
            connection.CreateFunction("contains_folded", (byte[]? text, byte[] needle) =>
                text is not null && Encoding.UTF8.GetString(text).ToLowerInvariant().Contains(Encoding.UTF8.GetString(needle), StringComparison.Ordinal),
                isDeterministic: true);
            await connection.OpenAsync(ct);
            if (interrupt && ct.CanBeCanceled) connection.InterruptOn(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A read that SQLite stopped because <paramref name="ct"/> was cancelled ends as any cancelled call does.</summary>
    private static async Task<T> Cancellable<T>(Task<T> read, CancellationToken ct)
    {
        try
        {
            return await read;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The store's query was interrupted: the call was cancelled.", e, ct);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object? Value)[] args)
    {
        await using var command = Command(connection, tx, sql, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] args) =>
        Cancellable(ReadRowsAsync(sql, read, ct, args), ct);

    private async Task<List<T>> ReadRowsAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken ct, (string Name, object? Value)[] args)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, null, sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }
}
