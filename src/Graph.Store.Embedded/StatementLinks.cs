using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// statement_link rebuilt from the statements: each pair of nodes some statement joins (its speaker and its about-targets,
/// each with each, both ways round) with the least such statement id, as the trigger <see cref="Schema.StatementLinkTriggers"/>
/// keeps it row by row. Built beside the database at the end of a bulk load (<see cref="Start"/>), in place after one that never
/// ended and by the migration that added the table (<see cref="RebuildAsync"/>). The pairs are grouped here in a hash table of
/// numbers: a GROUP BY in SQL sorted every pair of text ids, which cost most of the rebuild.
/// </summary>
internal static class StatementLinks
{
    /// <summary>Rows inserted between two looks at the cancellation token.</summary>
    private const int RowsPerCheck = 10_000;

    private readonly record struct Link(string StatementId, int Made);

    public static async Task RebuildAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await SqliteDatabase.ExecuteAsync(connection, tx, "DELETE FROM statement_link;", ct);
        await FillAsync(connection, tx, "main", ct);
        await MarkAsync(connection, tx, ct);
    }

    /// <summary>Builds the links in a file beside the database; its copy's transaction takes <see cref="MarkAsync"/> too.</summary>
    public static BesideBuild Start(SqliteDatabase database, CancellationToken ct) =>
        BesideBuild.Start(database, "statement-links", ["statement_link"], async (connection, token) =>
        {
            // Deferred, as BesideBuild's builds must be.
            await using var tx = connection.BeginTransaction(deferred: true);
            await SqliteDatabase.ExecuteAsync(connection, tx, $"CREATE TABLE {BesideBuild.Name}.statement_link{Schema.StatementLinkColumns};", token);
            await FillAsync(connection, tx, BesideBuild.Name, token);
            await tx.CommitAsync(token);
        }, ct);

    /// <summary>Whether some statement is about a statement, which path search asks before stepping over statements' links.</summary>
    public static Task MarkAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, tx, """
            DELETE FROM meta WHERE key = 'statement_about_statement';
            INSERT INTO meta(key, value) SELECT 'statement_about_statement', '1'
            WHERE EXISTS (SELECT 1 FROM statement_about a JOIN node n ON n.id = a.target_id WHERE n.label = 'STATEMENT');
            """, ct);

    /// <summary>Fills an empty statement_link in <paramref name="schema"/> from the main database's statements.</summary>
    private static async Task FillAsync(SqliteConnection connection, SqliteTransaction tx, string schema, CancellationToken ct)
    {
        var (names, links) = await ReadAsync(connection, tx, ct);
        // A pair's key made of its ends' ranks in the table's order (BINARY: the bytes of UTF-8), so sorting the keys sorts the rows
        // and the inserts append to the table's b-tree.
        var order = Enumerable.Range(0, names.Count).ToArray();
        Array.Sort(order, (a, b) => Utf8Order.Compare(names[a], names[b]));
        var rank = new long[names.Count];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        var keys = new long[links.Count];
        var rows = new Link[links.Count];
        var n = 0;
        foreach (var (pair, link) in links)
        {
            keys[n] = rank[(int)(pair >> 32)] << 32 | rank[(int)pair];
            rows[n++] = link;
        }
        Array.Sort(keys, rows);
        Insert(connection, schema, keys, rows, i => names[order[i]], ct);
    }

    /// <summary>
    /// Every pair with its least statement, keyed by its ends' numbers (speakers and targets are a few thousand distinct ids
    /// said a million times). Each statement's about-rows come together: the table's key begins with the statement id.
    /// </summary>
    private static async Task<(List<string> Names, Dictionary<long, Link> Links)> ReadAsync(SqliteConnection connection, SqliteTransaction tx,
        CancellationToken ct)
    {
        var names = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new Dictionary<long, Link>(PairHash.Instance);
        int Number(string id)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, id, out var known);
            if (!known)
            {
                number = names.Count;
                names.Add(id);
            }
            return number;
        }
        void Add(int node, int other, string statement, int made)
        {
            if (node == other) return;
            ref var link = ref CollectionsMarshal.GetValueRefOrAddDefault(links, (long)node << 32 | (uint)other, out var exists);
            if (!exists || Utf8Order.Compare(statement, link.StatementId) < 0) link = new Link(statement, made);
        }
        void Flush(string statement, int speaker, List<int> targets)
        {
            foreach (var t in targets)
            {
                Add(speaker, t, statement, 1);
                Add(t, speaker, statement, 2);
                foreach (var u in targets)
                    Add(t, u, statement, (t == speaker ? 1 : 0) | (u == speaker ? 2 : 0));
            }
            targets.Clear();
        }

        await using var command = SqliteDatabase.Command(connection, tx,
            "SELECT a.statement_id, a.target_id, s.speaker_id FROM main.statement_about a JOIN main.statement s ON s.id = a.statement_id ORDER BY a.statement_id;");
        await using var reader = await command.ExecuteReaderAsync(ct);
        string? current = null;
        var speaker = 0;
        var targets = new List<int>();
        while (await reader.ReadAsync(ct))
        {
            var statement = reader.GetString(0);
            if (statement != current)
            {
                if (current is not null) Flush(current, speaker, targets);
                current = statement;
                speaker = Number(reader.GetString(2));
            }
            targets.Add(Number(reader.GetString(1)));
        }
        if (current is not null) Flush(current, speaker, targets);
        return (names, links);
    }

    /// <summary>
    /// Row by row through <see cref="PreparedWrite"/>, in the caller's transaction: SQLite's own binding of four values costs less
    /// than handing the rows over as JSON for json_each to take apart.
    /// </summary>
    private static void Insert(SqliteConnection connection, string schema, long[] keys, Link[] rows, Func<int, string> name,
        CancellationToken ct)
    {
        (string Name, object? Value)[] args = [("$node", null), ("$other", null), ("$statement", null), ("$made", null)];
        using var write = PreparedWrite.Prepare(connection.Handle!,
            $"INSERT INTO {schema}.statement_link(node_id, other_id, statement_id, made) VALUES ($node, $other, $statement, $made);", args);
        var buffer = new ParameterBinding.Buffer();
        object[] made = [0, 1, 2, 3]; // boxed once, not per row
        for (var i = 0; i < keys.Length; i++)
        {
            if (i % RowsPerCheck == 0) ct.ThrowIfCancellationRequested();
            args[0].Value = name((int)(keys[i] >> 32));
            args[1].Value = name((int)keys[i]);
            args[2].Value = rows[i].StatementId;
            args[3].Value = made[rows[i].Made];
            write.Run(args, buffer);
        }
    }
}

/// <summary>A pair of small numbers in one long: long's own hash (its halves XORed) would put most pairs in a few buckets.</summary>
internal sealed class PairHash : IEqualityComparer<long>
{
    public static readonly PairHash Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long pair) => (int)((ulong)pair * 0x9E3779B97F4A7C15UL >> 32);
}

/// <summary>
/// The order of SQLite's BINARY collation (the bytes of UTF-8) on .NET strings. It is the order of their UTF-16 code units
/// except that characters beyond U+FFFF (surrogate pairs, D800-DFFF) come after U+E000-U+FFFF in UTF-8 and before them in UTF-16.
/// </summary>
internal static class Utf8Order
{
    public static int Compare(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length - b.Length;
        return Rank(a[i]) - Rank(b[i]);
    }

    private static int Rank(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
