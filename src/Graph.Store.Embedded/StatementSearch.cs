using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// A text search: how the words become an FTS5 query, how a row is tested against them, and a search alone, newest first,
/// read the way that fits how common the words are.
/// </summary>
internal sealed class StatementSearch(SqliteDatabase database)
{
    /// <summary>How many matches a text search alone counts and lists (<see cref="StatementFilter.MaxSearchCount"/>; lower in tests).</summary>
    public int CountLimit { get; set; } = StatementFilter.MaxSearchCount;

    /// <summary>
    /// How many statements a filter may keep for the words to be tested on each of its rows (each test reads the text
    /// index) rather than on a walk of all statements (lower in tests).
    /// </summary>
    public int FewStatements { get; set; } = 500;

    /// <summary>How many matches may lead a search with a filter, each read by its row (lower in tests).</summary>
    public int ManyListed { get; set; } = 10_000;

    /// <summary>
    /// The user's terms as an FTS5 query that cannot be anything else: each word or phrase a quoted string (a prefix
    /// followed by <c>*</c>), all of them required. Null when there is nothing to look for.
    /// </summary>
    public static string? MatchExpression(string? search)
    {
        var terms = SearchWords.Parse(search);
        return terms.Count == 0 ? null
            : string.Join(" ", terms.Select(t => $"\"{string.Join(' ', t.Words)}\"" + (t.Prefix ? "*" : ""))); // letters and digits only
    }

    /// <summary>
    /// The matches counted in the full-text index only, up to <see cref="CountLimit"/> (counting all 900,000 matches of "the"
    /// would cost more than 40 ms) or <paramref name="limit"/>, and an upper bound of how many statements there are, in O(1).
    /// FTS5 counts a bare MATCH about three times faster than one filtered row by row against the retractions or cut by a
    /// LIMIT, so the count runs over ranges of rowids (an eighth of them at a time) until it reaches the cap, and the few
    /// retracted statements that match are tested one by one and taken off.
    /// </summary>
    public async Task<(int Matches, long Statements)> CountAsync(SqliteConnection connection, SqliteTransaction tx, string match, CancellationToken ct,
        int? limit = null)
    {
        var cap = Math.Min(CountLimit, limit ?? int.MaxValue);
        var statements = Convert.ToInt64(await SqliteDatabase.ScalarAsync(connection, tx, "SELECT coalesce(max(seq), 0) FROM statement;", ct),
            System.Globalization.CultureInfo.InvariantCulture); // seq only grows
        await using var seqs = SqliteDatabase.Command(connection, tx, $"SELECT seq FROM {Schema.RetractedStatementSeqs} LIMIT $many;",
            ("$many", ManyRetracted + 1));
        var retracted = await SqliteDatabase.RowsAsync(seqs, r => r.GetInt64(0), ct);
        if (retracted.Count > ManyRetracted)
        {
            await using var count = SqliteDatabase.Command(connection, tx,
                $"SELECT count(*) FROM (SELECT rowid FROM statement_fts WHERE statement_fts MATCH $match AND rowid NOT IN {Schema.RetractedStatementSeqs} LIMIT $cap);",
                ("$match", match), ("$cap", cap));
            return (Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture), statements);
        }
        var retractedMatches = new List<long>();
        if (retracted.Count > 0)
        {
            await using var test = SqliteDatabase.Command(connection, tx,
                $"SELECT value FROM json_each($seqs) WHERE {Test("value", rowByRow: true)};", ("$seqs", System.Text.Json.JsonSerializer.Serialize(retracted)), ("$match", match));
            retractedMatches = await SqliteDatabase.RowsAsync(test, r => r.GetInt64(0), ct);
        }
        await using var range = SqliteDatabase.Command(connection, tx,
            "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH $match AND rowid >= $from AND rowid < $to;",
            ("$match", match), ("$from", 0L), ("$to", 0L));
        var step = Math.Max(1, (statements + 7) / 8);
        long counted = 0;
        for (long from = long.MinValue, to = step; ; from = to, to += step)
        {
            var last = to > statements;
            range.Parameters["$from"].Value = from;
            range.Parameters["$to"].Value = last ? long.MaxValue : to;
            counted += Convert.ToInt64(await range.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            var kept = counted - retractedMatches.Count(seq => last || seq < to);
            if (last || kept >= cap) return ((int)Math.Min(cap, kept), statements);
        }
    }

    /// <summary>Up to how many retracted statements are tested one by one against the words rather than every match against them.</summary>
    public int ManyRetracted { get; set; } = 100;

    /// <summary>What testing one row against the text index costs, in rows walked or matches listed (measured at 1M statements).</summary>
    public const double RowTest = 50;

    /// <summary>
    /// Whether the statement row <paramref name="seq"/> holds the words ($match): tested row by row against the full-text
    /// index (a row costs about as much as <see cref="RowTest"/> matches listed), or looked up in the matches listed once, a list
    /// SQLite may lead the read by only where <paramref name="leads"/>.
    /// </summary>
    public static string Test(string seq, bool rowByRow, bool leads = true) => rowByRow
        ? $"EXISTS (SELECT 1 FROM statement_fts f WHERE f.statement_fts MATCH $match AND f.rowid = {seq})"
        : $"{(leads ? "" : "+")}{seq} IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH $match)";

    /// <summary>
    /// The page walks the date index and keeps the statements that match, which stops early for a common word: a rare word's
    /// matches are listed once and each walked row looked up in that list; a common word is tested row by row, which wins
    /// when the walk is short and the list would be long.
    /// </summary>
    public Task<Page<Statement>> FindAsync(string match, PageRequest page, CancellationToken ct, int? limit = null) => database.ReadAsync(async connection =>
    {
        await using var tx = connection.BeginTransaction(deferred: true); // the total and the page from one snapshot
        var (total, statements) = await CountAsync(connection, tx, match, ct, limit);
        var items = new List<Statement>();
        if (total > page.Offset && page.First > 0)
        {
            // Walk length ~ (offset + first) * statements / total rows.
            var rowByRow = (double)total * total >= RowTest * (page.Offset + page.First) * statements;
            // INDEXED BY: the planner would otherwise look every match up and sort them all.
            items = connection.Rows($"""
                SELECT {StatementColumns} FROM {StatementFrom}
                WHERE s.seq IN (SELECT w.seq FROM statement w INDEXED BY statement_by_date WHERE {Test("w.seq", rowByRow)} AND w.seq NOT IN {Schema.RetractedStatementSeqs}
                                ORDER BY w.effective_date DESC, w.id LIMIT $first OFFSET $offset)
                ORDER BY {EffectiveDate} DESC, s.id;
                """, ReadStatement, [("$match", match), ("$first", Math.Min(page.First, total - page.Offset)), ("$offset", page.Offset)], ct);
        }
        await tx.CommitAsync(ct);
        return new Page<Statement>(items, page.Offset, total);
    }, ct);
}
