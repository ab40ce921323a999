using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// A text search alone, newest first: how the words become an FTS5 query, and which way the page is read, chosen by how
/// common the words are.
/// </summary>
internal sealed class StatementSearch(SqliteDatabase database)
{
    /// <summary>How many matches a text search alone counts and lists (<see cref="StatementFilter.MaxSearchCount"/>; lower in tests).</summary>
    public int CountLimit { get; set; } = StatementFilter.MaxSearchCount;

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
    /// The total is counted in the full-text index only, up to <see cref="CountLimit"/>: counting all 900,000 matches of
    /// "the" would cost more than 40 ms. The page walks the date index and keeps the statements that match, which stops
    /// early for a common word; how each walked row is tested depends on how common the words are: a rare word's matches
    /// are listed once (~0.2 us each) and each walked row looked up in that list; a common word is tested row by row
    /// against the full-text index (~50 us each, measured at 1M statements), which wins when the walk is short and the
    /// list would be long.
    /// </summary>
    public Task<Page<Statement>> FindAsync(string match, PageRequest page, CancellationToken ct) => database.ReadAsync(async connection =>
    {
        await using var tx = connection.BeginTransaction(deferred: true); // the total and the page from one snapshot
        int total;
        long statements;
        await using (var count = SqliteDatabase.Command(connection, tx,
            $"SELECT (SELECT count(*) FROM (SELECT rowid FROM statement_fts WHERE statement_fts MATCH $match AND rowid NOT IN {Schema.RetractedStatementSeqs} LIMIT $cap)), (SELECT max(seq) FROM statement);",
            ("$match", match), ("$cap", CountLimit)))
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
            await using var command = SqliteDatabase.Command(connection, tx, $"""
                SELECT {StatementColumns} FROM {StatementFrom}
                WHERE s.seq IN (SELECT w.seq FROM statement w INDEXED BY statement_by_date WHERE {test} AND w.seq NOT IN {Schema.RetractedStatementSeqs}
                                ORDER BY w.effective_date DESC, w.id LIMIT $first OFFSET $offset)
                ORDER BY {EffectiveDate} DESC, s.id;
                """, ("$match", match), ("$first", Math.Min(page.First, total - page.Offset)), ("$offset", page.Offset));
            items = await SqliteDatabase.RowsAsync(command, ReadStatement, ct);
        }
        await tx.CommitAsync(ct);
        return new Page<Statement>(items, page.Offset, total);
    }, ct);
}
