using System.Runtime.InteropServices;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// statement_link's rows gathered in memory from statements read in any order and any number of parts (the least statement id
/// of a pair is the same whatever came first), then written once in the table's order. The pairs are grouped in a hash table of
/// numbers: a GROUP BY in SQL sorted every pair of text ids, which cost most of the rebuild.
/// </summary>
internal sealed class StatementLinkTable
{
    /// <summary>Rows inserted between two looks at the cancellation token.</summary>
    private const int RowsPerCheck = 10_000;

    private readonly record struct Link(string StatementId, int Made);

    // Speakers and targets are a few thousand distinct ids said a million times: each pair is keyed by its ends' numbers.
    private readonly Numbering numbers = new();
    private readonly Dictionary<long, Link> links = new(PairHash.Instance);
    private readonly List<int> targets = [];

    /// <summary>The pairs of the main database's statements with seq in (after, through]; each statement's about-rows come together.</summary>
    public async Task ReadAsync(SqliteConnection connection, SqliteTransaction? tx, long after, long through, CancellationToken ct)
    {
        await using var command = SqliteDatabase.Command(connection, tx, """
            SELECT s.id, a.target_id, s.speaker_id FROM main.statement s CROSS JOIN main.statement_about a ON a.statement_id = s.id
            WHERE s.seq > $after AND s.seq <= $through ORDER BY s.seq;
            """, ("$after", after), ("$through", through));
        await using var reader = await command.ExecuteReaderAsync(ct);
        string? current = null;
        var speaker = 0;
        while (await reader.ReadAsync(ct))
        {
            var statement = reader.GetString(0);
            if (statement != current)
            {
                if (current is not null) Flush(current, speaker);
                current = statement;
                speaker = numbers.Of(reader.GetString(2));
            }
            targets.Add(numbers.Of(reader.GetString(1)));
        }
        if (current is not null) Flush(current, speaker);
    }

    /// <summary>
    /// Inserts the rows into an empty statement_link in <paramref name="schema"/>, in the caller's transaction, sorted by a key made of
    /// their ends' ranks in the table's order (BINARY: the bytes of UTF-8), so the inserts append to the table's b-tree. Row by row
    /// through <see cref="PreparedWrite"/>: SQLite's own binding of four values costs less than handing the rows over as JSON for
    /// json_each to take apart.
    /// </summary>
    public void Insert(SqliteConnection connection, string schema, CancellationToken ct)
    {
        var (names, rank) = numbers.InOrder(Utf8Order.Comparer);
        var keys = new long[links.Count];
        var rows = new Link[links.Count];
        var n = 0;
        foreach (var (pair, link) in links)
        {
            keys[n] = (long)rank[(int)(pair >> 32)] << 32 | (uint)rank[(int)pair];
            rows[n++] = link;
        }
        Array.Sort(keys, rows);

        (string Name, object? Value)[] args = [("$node", null), ("$other", null), ("$statement", null), ("$made", null)];
        using var write = PreparedWrite.Prepare(connection.Handle!,
            $"INSERT INTO {schema}.statement_link(node_id, other_id, statement_id, made) VALUES ($node, $other, $statement, $made);", args);
        var buffer = new ParameterBinding.Buffer();
        object[] made = [0, 1, 2, 3]; // boxed once, not per row
        for (var i = 0; i < keys.Length; i++)
        {
            if (i % RowsPerCheck == 0) ct.ThrowIfCancellationRequested();
            args[0].Value = names[(int)(keys[i] >> 32)];
            args[1].Value = names[(int)keys[i]];
            args[2].Value = rows[i].StatementId;
            args[3].Value = made[rows[i].Made];
            write.Run(args, buffer);
        }
    }

    private void Flush(string statement, int speaker)
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

    private void Add(int node, int other, string statement, int made)
    {
        if (node == other) return;
        ref var link = ref CollectionsMarshal.GetValueRefOrAddDefault(links, (long)node << 32 | (uint)other, out var exists);
        if (!exists || Utf8Order.Compare(statement, link.StatementId) < 0) link = new Link(statement, made);
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
    public static readonly IComparer<string> Comparer = Comparer<string>.Create(Compare);

    public static int Compare(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length - b.Length;
        return Rank(a[i]) - Rank(b[i]);
    }

    private static int Rank(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
