using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>The graph as edges (<see cref="EdgeVocabulary"/>), and walking it: the map's limited sample and path search's steps.</summary>
internal sealed class SqliteEdges(SqliteDatabase database) : IEdgeReader, IGraphTraversal
{
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default) =>
        nodeIds.Count == 0 ? Task.FromResult<IReadOnlyList<GraphEdge>>([]) : database.ReadAsync(c => ReadEdgesAsync(c, null, nodeIds, ct), ct);

    private static async Task<IReadOnlyList<GraphEdge>> ReadEdgesAsync(SqliteConnection connection, SqliteTransaction? tx,
        IReadOnlyCollection<string> nodeIds, CancellationToken ct)
    {
        await using var command = SqliteDatabase.Command(connection, tx,
            $"WITH ids(id) AS (SELECT value FROM json_each($ids))\n{EdgeVocabulary.OfNodes}", ("$ids", Json(nodeIds)));
        return await SqliteDatabase.RowsAsync(command, ReadEdge, ct);
    }

    /// <summary>
    /// Path search's step: the edges of <see cref="GetEdgesAsync"/> without those from the nodes to statements (a statement
    /// in the list, or one of the path's ends, keeps them), and the nodes' statement links (which say which end is the speaker:
    /// MADE, or ABOUT). Once any statement is about a statement (never in what the extractor writes), such a
    /// statement has statements for neighbours, which links do not cover: then every edge, no links, as before.
    /// </summary>
    public Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default)
    {
        if (nodeIds.Count == 0) return Task.FromResult(new PathExpansion([], []));
        return database.ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true); // the flag and the edges from one snapshot
            // Links do not know retractions: once a statement is retracted, every edge (which leaves it out), no links.
            if (await SqliteDatabase.ScalarAsync(connection, tx,
                    $"SELECT 1 FROM meta WHERE key = 'statement_about_statement' UNION ALL SELECT 1 FROM {Schema.RetractedStatementSeqs} LIMIT 1;", ct) is not null)
                return new PathExpansion(await ReadEdgesAsync(connection, tx, nodeIds, ct), []);
            await using var command = SqliteDatabase.Command(connection, tx, $"""
                WITH ids(id) AS (SELECT value FROM json_each($ids)), keep(id) AS (SELECT value FROM json_each($keep))
                {EdgeVocabulary.PathStep}
                SELECT {Packed.Concat("node_id", "other_id", "statement_id", "made")} FROM statement_link WHERE node_id IN (SELECT value FROM json_each($ids));
                """, ("$ids", Json(nodeIds)), ("$keep", Json(keepStatementIds)));
            List<GraphEdge> edges;
            List<StatementLink> links;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                edges = await SqliteDatabase.RowsAsync(reader, ReadEdge, ct);
                await reader.NextResultAsync(ct);
                await reader.ReadAsync(ct);
                links = Packed.Rows(StringOf(new ReaderRow(reader), 0), 4, v => Link(v[0], v[1], v[2], int.Parse(v[3], System.Globalization.CultureInfo.InvariantCulture)));
            }
            await tx.CommitAsync(ct);
            return new PathExpansion(edges, links);
        }, ct);
    }

    /// <summary>A statement_link row: made has bit 1 set when the node is the statement's speaker, bit 2 when the other end is.</summary>
    private static StatementLink Link(string nodeId, string otherId, string statementId, int made) =>
        StatementLink.Through(nodeId, otherId, statementId, (made & 1) != 0, (made & 2) != 0);

    /// <summary>
    /// Per node, each kind of edge read from its index with a limit (<see cref="EdgeVocabulary.OfOneNode"/>); then the node's
    /// first maxPerNode in (relation, other end) order. One statement per node, on one connection.
    /// </summary>
    public async Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerNode, 1);
        if (nodeIds.Count == 0) return new EdgeSample([], new HashSet<string>());
        return await database.ReadAsync(async connection =>
        {
            var kept = new HashSet<GraphEdge>();
            var cut = new HashSet<string>();
            await using var tx = connection.BeginTransaction(deferred: true); // every node from one snapshot
            // One more than kept tells that there are more. A kept statement binds the limit once (see KeptStatement).
            var limit = maxPerNode + 1;
            foreach (var id in nodeIds.Distinct())
            {
                var mine = connection.Rows(EdgeVocabulary.OfOneNode, ReadEdge, [("$id", id), ("$limit", limit)], ct).ToHashSet();
                if (mine.Count > maxPerNode) cut.Add(id);
                kept.UnionWith(mine.OrderBy(e => e.Relation, StringComparer.Ordinal)
                    .ThenBy(e => e.FromId == id ? e.ToId : e.FromId, StringComparer.Ordinal).Take(maxPerNode));
            }
            await tx.CommitAsync(ct);
            return new EdgeSample(kept.ToList(), cut);
        }, ct);
    }
}

/// <summary>
/// Rows packed into one text by SQLite (group_concat) and read as one value: a hub's ten thousand statement links cost one
/// column read instead of forty thousand calls into SQLite, which cost more than the query. Ids are slugs and made a
/// number, so neither separator occurs in a field. (A hub's edges are not packed: there the concatenation costs SQLite
/// more than the reads save.)
/// </summary>
internal static class Packed
{
    private const char Field = '\x1f', Row = '\x1e';

    /// <summary>The SQL aggregate that packs the columns; NULL when there are no rows.</summary>
    public static string Concat(params string[] columns) =>
        $"group_concat({string.Join($" || char({(int)Field}) || ", columns)}, char({(int)Row}))";

    /// <summary>Each row of the text, its fields split; nothing for NULL.</summary>
    public static List<T> Rows<T>(string? packed, int fields, Func<string[], T> make)
    {
        var rows = new List<T>();
        if (string.IsNullOrEmpty(packed)) return rows;
        var values = new string[fields];
        foreach (var row in packed.AsSpan().Split(Row))
        {
            var line = packed.AsSpan(row);
            var i = 0;
            foreach (var field in line.Split(Field))
            {
                values[i] = Reuse(values[i], line[field]);
                i++;
            }
            rows.Add(make(values));
        }
        return rows;
    }

    /// <summary>The row before's value when this row's is the same (a node's id on each of its links): one string, not one a row.</summary>
    private static string Reuse(string? before, ReadOnlySpan<char> field) =>
        before is not null && field.SequenceEqual(before) ? before : field.ToString();
}
