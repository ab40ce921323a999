using System.Diagnostics;
using System.Text.Json;
using Graph.Core;
using Graph.Core.Coalitions;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Bench;

/// <summary>
/// `diagnose`: timing breakdowns of the slow questions against an existing database (store only), and
/// `proto-load`: the statement insert path of SqliteGraphStore.ApplyAsync with prepared commands reused across writes
/// (same SQL, same triggers, same transaction size), to measure what the store's write path could do.
/// </summary>
public static class Diagnose
{
    public static async Task RunAsync(Plan plan, string database, bool skipAlignment)
    {
        var store = new SqliteGraphStore(database);
        // Opening migrates an older file (schema 3 -> 4 builds the statement links) before anything is timed.
        var opening = Stopwatch.StartNew();
        await store.InitializeAsync();
        Console.WriteLine($"  {opening.Elapsed.TotalMilliseconds,9:0.0} ms  InitializeAsync (includes any schema migration)");
        var coalitions = new CoalitionService(store, store, store);
        var hot = Enumerable.Range(0, plan.SpeakerIds.Length).OrderByDescending(i => plan.SpeakerWeights[i]).Take(3).Select(i => plan.SpeakerIds[i]).ToList();
        var hotState = Enumerable.Range(0, plan.StateIds.Length).OrderByDescending(i => plan.SpeakerWeights[i]).Select(i => plan.StateIds[i]).First();
        async Task<T> Time<T>(string what, Func<Task<T>> f, Func<T, string> describe)
        {
            await f(); // warm
            var clock = Stopwatch.StartNew();
            var result = await f();
            Console.WriteLine($"  {clock.Elapsed.TotalMilliseconds,9:0.0} ms  {what}: {describe(result)}");
            return result;
        }
        Console.WriteLine($"hot speakers {string.Join(", ", hot)}; most talkative state {hotState}");
        if (!skipAlignment)
        {
            var clock = Stopwatch.StartNew();
            var a = await coalitions.AlignmentAsync(null, null);
            Console.WriteLine($"  {clock.Elapsed.TotalMilliseconds,9:0.0} ms  AlignmentAsync(null, null) (part of every graph(NEIGHBOURHOOD) request, cold): {a.ActorIds.Count} actors x {a.DraftIds.Count} drafts, {a.Edges.Count} edges, {a.Blocs.Count} blocs");
            var middle = Plan.Start.AddDays(plan.Days / 2);
            await Time("GetSideHistoryAsync (warm: as kept)", () => store.GetSideHistoryAsync(null, null), h => $"{h.Count} spans");
            await Time($"AlignmentAsync over the year from {middle}", () => coalitions.AlignmentAsync(middle, middle.AddDays(364)),
                x => $"{x.ActorIds.Count} actors x {x.DraftIds.Count} drafts, {x.Blocs.Count} blocs");
            var year = await coalitions.AlignmentAsync(middle, middle.AddDays(364));
            await Time($"  of which SignedLouvain.Detect ({year.Edges.Count} edges)", () => Task.FromResult(
                Graph.Core.Coalitions.SignedLouvain.Detect(year.ActorIds, year.Edges.Select(e => (e.A, e.B, e.Weight)))), r => $"{r.Communities.Count} blocs");
            var kept = await store.GetSideHistoryAsync(null, null);
            await Time($"  of which SideHistory.Counts on {middle}", () => Task.FromResult(kept.Counts(middle, middle)), c => $"{c.Pairs.Count} pairs");
            await Time($"TimelineAsync over the week from {middle}", () => coalitions.TimelineAsync(middle, middle.AddDays(6)),
                t => $"{t.Snapshots.Count} days, {t.Moves.Count} moves");
        }
        await Time("GetPositionsAsync(all)", () => store.GetPositionsAsync(new FactFilter()), p => $"{p.Count} positions");
        foreach (var id in hot.Append(hotState))
        {
            var level1 = await Time($"GetEdgesAsync([{id}])", () => store.GetEdgesAsync([id]), e => $"{e.Count} edges");
            var frontier = level1.SelectMany(e => new[] { e.FromId, e.ToId }).Distinct().Where(x => x != id).ToList();
            await Time($"GetEdgesAsync(level 2 of {id}: {frontier.Count} nodes)", () => store.GetEdgesAsync(frontier), e => $"{e.Count} edges");
            await Time($"FindStatementsBySpeakersAsync([{id}], first 20)",
                () => store.FindStatementsBySpeakersAsync([id], new StatementFilter(), new PageRequest(20, null)), p => $"total {p[id].TotalCount}");
        }
        var views = new GraphViews(store, store, store, coalitions);
        foreach (var id in hot.Append(hotState))
            await Time($"GraphViews.BuildAsync(NEIGHBOURHOOD {id}, depth 2)", () => views.BuildAsync(GraphScope.Neighbourhood, id, 2, null, null, null),
                v => $"{v.Nodes.Count} nodes, {v.Edges.Count} edges, {v.TruncatedNodeIds.Count} truncated");
        foreach (var id in hot.Take(1))
        {
            var view = await views.BuildAsync(GraphScope.Neighbourhood, id, 2, null, null, null);
            var ids = view.Nodes.Select(n => n.Id).ToList();
            await Time($"  of which SampleEdgesAsync([{id}], 25)", () => store.SampleEdgesAsync([id], GraphViews.MaxEdgesPerNode), e => $"{e.Edges.Count} edges");
            await Time($"  of which GetPositionsAsync(subjects: the view's {ids.Count} nodes)", () => store.GetPositionsAsync(new FactFilter(SubjectIds: ids)), p => $"{p.Count} positions");
            await Time($"  of which GetAgreementsAsync(the view's {ids.Count} nodes)", () => store.GetAgreementsAsync(ids, null, null), a => $"{a.ActorIds.Count} actors, {a.DraftIds.Count} drafts, {a.Pairs.Count} pairs");
            await Time($"  of which AlignmentAsync(the view's {ids.Count} nodes)", () => coalitions.AlignmentAsync(null, null, ids), a => $"{a.ActorIds.Count} actors, {a.Edges.Count} edges");
        }
        foreach (var id in hot.Append(hotState))
            await Time($"ExpandForPathAsync([{id}])", () => store.ExpandForPathAsync([id], []), e => $"{e.Edges.Count} edges, {e.Links.Count} links");
        var paths = new PathFinder(store, store);
        foreach (var (a, b) in new[] { (hot[0], hot[1]), (hot[1], hot[2]), (hot[0], hotState) })
            await Time($"PathFinder.FindAsync({a}, {b}, 4)", () => paths.FindAsync(a, b, 4), p => $"length {p?.Length}");
        foreach (var word in plan.Vocabulary.Take(3).Concat([plan.Vocabulary[10], plan.Vocabulary[25], plan.Vocabulary[40], plan.Vocabulary[100], plan.Vocabulary[900]]))
            await Time($"FindStatementsAsync(search '{word}', first 20)", () => store.FindStatementsAsync(new StatementFilter(Search: word), new PageRequest(20, null)),
                p => $"total {p.TotalCount}");
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var word in plan.Vocabulary.Take(1))
        {
            await Time($"SQL count(*) of FTS matches only, '{word}'", () => Scalar(connection, $"SELECT count(*) FROM statement_fts WHERE statement_fts MATCH '\"{word}\"';"), x => x?.ToString() ?? "");
            await Time($"SQL newest 20 by FTS rowid (ORDER BY rowid DESC), '{word}'", () => Scalar(connection,
                $"SELECT group_concat(rowid) FROM (SELECT rowid FROM statement_fts WHERE statement_fts MATCH '\"{word}\"' ORDER BY rowid DESC LIMIT 20);"), x => "ok");
        }
        await Time($"SQL count(*) of {hot[0]}'s statements (index only)", () => Scalar(connection, $"SELECT count(*) FROM statement WHERE speaker_id = '{hot[0]}';"), x => x?.ToString() ?? "");
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Loads the plan's statements (after its actors and sources through the store) with reused prepared commands.</summary>
    public static async Task ProtoLoadAsync(Plan plan, string database, int batch, bool fts)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        using (var store = new SqliteGraphStore(database))
        {
            await store.InitializeAsync();
            var writes = new List<GraphWrite>();
            writes.AddRange(plan.SpeakerIds.Select(id => new CreateActor(new Actor(id, ActorKind.State, id, [], null))));
            writes.AddRange(plan.OutletIds.Select(id => new CreateActor(new Actor(id, ActorKind.Media, id, [], null))));
            for (var s = 0; s < plan.Preset.Sources; s++)
                writes.Add(new CreateSource(new Source(Plan.SourceId(s), SourceKind.Report, "r", null, Plan.Start.AddDays(s % plan.Days), null, null)));
            writes.AddRange(Enumerable.Range(0, plan.Preset.Drafts).Select(d => new CreateDraft(new Draft(Plan.DraftId(d), DraftKind.Resolution, "d", null, null))));
            await store.ApplyAsync(writes);
        }
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, ForeignKeys = true, Pooling = false }.ToString());
        await connection.OpenAsync();
        if (!fts)
            await Exec(connection, null, "DROP TRIGGER statement_fts_insert;");
        var random = new Random(plan.Seed);
        var speakers = new WeightedSampler(plan.SpeakerWeights);
        var words = new WeightedSampler(plan.WordWeights);
        var drafts = new WeightedSampler(plan.DraftWeights);
        var clock = Stopwatch.StartNew();
        SqliteTransaction? tx = null;
        SqliteCommand? find = null, node = null, insert = null, about = null;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < plan.Preset.Statements; i++)
        {
            if (i % batch == 0)
            {
                if (tx is not null) { await tx.CommitAsync(); await tx.DisposeAsync(); }
                tx = connection.BeginTransaction(deferred: false);
                find = Prepare(connection, tx, "SELECT label FROM node WHERE id = $id;", "$id");
                node = Prepare(connection, tx, "INSERT INTO node(id, label) VALUES ($id, 'STATEMENT');", "$id");
                insert = Prepare(connection, tx, """
                    INSERT INTO statement(id, speaker_id, date, kind, text, source_id, via_id, setting)
                    VALUES ($id, $speaker, $date, $kind, $text, $source, NULL, NULL);
                    """, "$id", "$speaker", "$date", "$kind", "$text", "$source");
                about = Prepare(connection, tx, "INSERT INTO statement_about(statement_id, target_id, ord) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING;", "$1", "$2");
            }
            text.Clear();
            var length = 8 + random.Next(23);
            for (var w = 0; w < length; w++) text.Append(w == 0 ? "" : " ").Append(plan.Vocabulary[words.Next(random)]);
            var id = Plan.StatementId(i);
            find!.Parameters[0].Value = id;
            if (await find.ExecuteScalarAsync() is not null) continue;
            node!.Parameters[0].Value = id;
            await node.ExecuteNonQueryAsync();
            insert!.Parameters[0].Value = id;
            insert.Parameters[1].Value = plan.SpeakerIds[speakers.Next(random)];
            insert.Parameters[2].Value = "2010-01-01";
            insert.Parameters[3].Value = "QUOTE";
            insert.Parameters[4].Value = text.ToString();
            insert.Parameters[5].Value = Plan.SourceId(random.Next(plan.Preset.Sources));
            await insert.ExecuteNonQueryAsync();
            // The about-list: one row per target (json_each in the store; a reused INSERT here).
            if (random.Next(10) < 6)
            {
                about!.Parameters[0].Value = id;
                about.Parameters[1].Value = Plan.DraftId(drafts.Next(random));
                await about.ExecuteNonQueryAsync();
            }
        }
        await tx!.CommitAsync();
        var elapsed = clock.Elapsed;
        Console.WriteLine($"proto-load ({(fts ? "with" : "without")} the FTS trigger, {batch} per transaction): {plan.Preset.Statements:N0} statements in {elapsed.TotalSeconds:0.0} s = {plan.Preset.Statements / elapsed.TotalSeconds:N0} statements/s");
        if (!fts)
        {
            var rebuild = Stopwatch.StartNew();
            await Exec(connection, null, "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');");
            Console.WriteLine($"  FTS 'rebuild' afterwards: {rebuild.Elapsed.TotalSeconds:0.0} s; total {plan.Preset.Statements / (elapsed + rebuild.Elapsed).TotalSeconds:N0} statements/s");
        }
    }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var n in names) command.Parameters.Add(new SqliteParameter(n, DBNull.Value));
        command.Prepare();
        return command;
    }

    private static async Task Exec(SqliteConnection c, SqliteTransaction? tx, string sql, params (string, object)[] args)
    {
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (n, v) in args) command.Parameters.AddWithValue(n, v);
        await command.ExecuteNonQueryAsync();
    }
}
