using System.Runtime.InteropServices;
using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// Every position that counts (<see cref="SqlRules.SideFacts"/>: not retracted, ballots as positions), read at one
/// position_version and kept until it moves. A draft filter's count of positions whose filter reads the position row alone
/// ("more than 10 backers on a day") is then one pass over them in memory by the definition itself, where SQL counted every
/// draft's positions on every query. While nothing current is kept SQL answers, and one read in the background renews it:
/// a write never makes a query wait for the whole read.
/// </summary>
internal sealed class KeptPositions(SqliteDatabase database) : IDisposable
{
    /// <summary>The positions at one version, apart by stance.</summary>
    internal sealed class Snapshot(string version, IReadOnlyDictionary<Stance, List<Position>> byStance)
    {
        public string Version => version;

        /// <summary>
        /// The drafts (among those with positions) whose count of the positions <paramref name="where"/> keeps meets the
        /// comparison, or, with <paramref name="meeting"/> false, fails it: by the definition, over the stances it can keep.
        /// </summary>
        public List<string> Drafts(PositionCountWhere where, bool meeting)
        {
            // A draft none of whose positions the filter keeps has the count zero, which is never in the list asked for.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (stance, positions) in byStance)
            {
                if (where.Where is { } w && (w.Stance is { } s && s != stance || w.StanceIn is { } ss && !ss.Contains(stance))) continue;
                foreach (var p in positions)
                    if (PositionFilters.Matches(where.Where, p, NoScope)) CollectionsMarshal.GetValueRefOrAddDefault(counts, p.DraftId, out _)++;
            }
            return counts.Where(c => DraftFilters.Matches(where, c.Value) == meeting).Select(c => c.Key).ToList();
        }
    }

    private static readonly string Query =
        $"SELECT draft_id, actor_id, stance, since, until, id FROM {SqlRules.SideFacts("1", "1")};";

    private static readonly DraftScope NoScope = new(new Dictionary<string, DraftFacts>(), Array.Empty<Membership>().ToLookup(m => m.ActorId));

    private volatile Snapshot? kept;
    private int reading;
    private readonly CancellationTokenSource disposed = new();

    /// <summary>Read at once in the query's own snapshot, not in the background (tests: every query then takes the kept path).</summary>
    internal bool ReadInline { get; set; }

    /// <summary>The version of what is kept, if anything is.</summary>
    public string? Version => kept?.Version;

    /// <summary>Stops a read in the background (the token source is left undisposed: a store may be disposed twice).</summary>
    public void Dispose() => disposed.Cancel();

    /// <summary>Whether a count's filter reads the position row alone: no memberships, no drafts, no other positions.</summary>
    public static bool ReadsRowAlone(PositionWhere? where) =>
        where is null or { ActorMemberOf: null, OnDraft: null, PrecededBy: null, FollowedBy: null };

    /// <summary>What is kept, if it was read at this version; otherwise null, and a read in the background starts unless one runs.</summary>
    public Snapshot? At(string? version)
    {
        if (version is null) return null;
        if (kept is { } current && current.Version == version) return current;
        if (!ReadInline && Interlocked.Exchange(ref reading, 1) == 0)
            _ = Task.Run(async () =>
            {
                try
                {
                    await database.ReadAsync(async connection =>
                    {
                        await using var tx = connection.BeginTransaction(deferred: true);
                        var read = await ReadAsync(connection, tx, disposed.Token);
                        await tx.CommitAsync(disposed.Token);
                        return read;
                    }, disposed.Token);
                }
                catch (Exception)
                {
                    // Nothing is kept then, and SQL goes on answering; the next query that needs it tries again.
                }
                finally
                {
                    Volatile.Write(ref reading, 0);
                }
            });
        return null;
    }

    /// <summary>The version and the positions in one snapshot (the transaction given), kept; null while there is no version.</summary>
    public async Task<Snapshot?> ReadAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        if (await SqliteDatabase.ScalarAsync(connection, tx, Schema.PositionVersionQuery, ct) is not string version) return null;
        var byStance = Enum.GetValues<Stance>().ToDictionary(s => s, _ => new List<Position>());
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string id) => names.TryGetValue(id, out var same) ? same : names[id] = id;
        await using (var command = SqliteDatabase.Command(connection, tx, Query))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var row = new ReaderRow(reader);
            while (await reader.ReadAsync(ct))
            {
                var stance = EnumNames.Parse<Stance>(reader.GetString(2));
                byStance[stance].Add(new Position(reader.GetString(5), Shared(reader.GetString(1)), Shared(reader.GetString(0)), stance,
                    DateOf(row, 3), DateOf(row, 4), []));
            }
        }
        var snapshot = new Snapshot(version, byStance);
        kept = snapshot;
        return snapshot;
    }
}
