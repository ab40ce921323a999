using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Core.Seed;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Graph.Cli.Tests;

/// <summary>
/// `graph load` killed with SIGKILL part-way leaves a consistent database holding whole batches only,
/// and running it again completes the load exactly: nothing missing, nothing twice.
/// </summary>
public sealed partial class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Statements = 20_000; // about 28,000 writes: a few seconds to load
    private const int BatchSize = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly string folder = Directory.CreateTempSubdirectory("graph-cli-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_load_killed_part_way_keeps_whole_batches_and_a_rerun_completes_it_exactly()
    {
        var datasetPath = Path.Combine(folder, "synthetic.json");
        var database = Path.Combine(folder, "graph.db");
        var synth = await GraphCli.RunAsync(Patience, "synth", "--statements", Statements.ToString(), "--seed", "7", "--output", datasetPath);
        Assert.True(synth.Exit == 0, synth.Err);
        var dataset = Dataset.Load(datasetPath); // the synthetic dataset passes the checks a curated one does
        var effects = dataset.ToWrites().Select(Effect).ToList();
        Assert.Equal(effects.Count, effects.Distinct().Count()); // each write adds exactly one row we can find
        var batches = (effects.Count + BatchSize - 1) / BatchSize;

        // 1. Start the load, let it commit a few batches, then SIGKILL it (Process.Kill on Linux) a moment after
        //    a progress line, so most likely inside a transaction. Lines already in the pipe are still read afterwards.
        //    On a busy machine the lines can reach this test only once the load is done: then load again, sooner.
        var printed = new List<string>();
        var (killAfter, delay) = (Random.Shared.Next(2, 10), Random.Shared.Next(0, 150));
        for (var attempt = 1; ; attempt++)
        {
            output.WriteLine($"killing {delay} ms after progress line {killAfter}");
            printed.Clear();
            using var load = GraphCli.Start("load", datasetPath, "--database", database, "--batch", BatchSize.ToString());
            var stderr = load.StandardError.ReadToEndAsync();
            var killed = false;
            using var cts = new CancellationTokenSource(Patience);
            while (await load.StandardOutput.ReadLineAsync(cts.Token) is { } line)
            {
                printed.Add(line);
                if (!killed && printed.Count(l => l.StartsWith(BatchLine, StringComparison.Ordinal)) >= killAfter)
                {
                    await Task.Delay(delay, cts.Token);
                    load.Kill();
                    killed = true;
                }
            }
            await load.WaitForExitAsync(cts.Token);
            // Ended, or killed only once every batch was reported committed (in the rebuild at its end): nothing was cut part-way.
            if ((load.ExitCode == 0 || LastBatchPrinted(printed) == batches) && attempt < 3)
            {
                output.WriteLine("the load ended, or committed every batch, before it was killed; again from an empty database");
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
                (killAfter, delay) = (2, 0);
                continue;
            }
            Assert.True(killed, $"The load ended before it was killed: {string.Join('\n', printed)}\n{await stderr}");
            Assert.Equal(128 + 9, load.ExitCode); // ended by SIGKILL
            break;
        }
        var lastPrinted = LastBatchPrinted(printed);
        output.WriteLine($"killed after {lastPrinted} of {batches} batches were reported committed");
        Assert.DoesNotContain(printed, l => l.StartsWith("loaded", StringComparison.Ordinal));

        // 2. What the killed load left: a sound file, and exactly the writes of its committed batches.
        var stored = await CheckConsistentAsync(database, dataset);
        Assert.True(stored.Count % BatchSize == 0,
            $"{stored.Count} writes are stored: not a whole number of batches of {BatchSize}, so a batch was committed in part.");
        var committed = stored.Count / BatchSize;
        Assert.True(stored.SetEquals(effects.Take(stored.Count)), "The stored writes are not the first batches of the load.");
        // A batch can commit before its line is printed, never after.
        output.WriteLine($"the database holds the first {committed} batches, whole");
        Assert.InRange(committed, lastPrinted, lastPrinted + 1);
        Assert.True(committed < batches, "The load was killed too late to test anything.");
        using (var store = new SqliteGraphStore(database))
            Assert.Null(await store.GetMarkerAsync(Seeder.MarkerKey(dataset))); // an unfinished load is not marked loaded

        // 3. The same command again completes it: every write once.
        var rerun = await GraphCli.RunAsync(Patience, "load", datasetPath, "--database", database, "--batch", BatchSize.ToString());
        Assert.True(rerun.Exit == 0, rerun.Out + rerun.Err);
        Assert.Contains("loaded '", rerun.Out);
        var final = await CheckConsistentAsync(database, dataset);
        Assert.True(final.SetEquals(effects), $"After the rerun {final.Count} of {effects.Count} writes are stored; missing e.g. {effects.Except(final).FirstOrDefault()}.");
        await CheckCountsAsync(database, dataset);
        using (var store = new SqliteGraphStore(database))
            Assert.Equal(dataset.Fingerprint, await store.GetMarkerAsync(Seeder.MarkerKey(dataset)));

        // 4. And once it is complete, a third run knows and adds nothing.
        var again = await GraphCli.RunAsync(Patience, "load", datasetPath, "--database", database);
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains("already loaded", again.Out);
        await CheckCountsAsync(database, dataset);
    }

    [Fact]
    public async Task Synth_is_deterministic_and_load_is_idempotent_even_without_its_marker()
    {
        var a = Path.Combine(folder, "a.json");
        var b = Path.Combine(folder, "b.json");
        Assert.Equal(0, (await GraphCli.RunAsync(Patience, "synth", "--statements", "300", "--seed", "3", "--output", a)).Exit);
        Assert.Equal(0, (await GraphCli.RunAsync(Patience, "synth", "--statements", "300", "--seed", "3", "--output", b)).Exit);
        Assert.Equal(await File.ReadAllBytesAsync(a), await File.ReadAllBytesAsync(b));
        var dataset = Dataset.Load(a);
        var database = Path.Combine(folder, "small.db");

        var load = await GraphCli.RunAsync(Patience, "load", a, "--database", database, "--batch", "7");
        Assert.True(load.Exit == 0, load.Err);
        Assert.Equal((dataset.ToWrites().Count + 6) / 7, load.Out.Split('\n').Count(l => l.StartsWith(BatchLine, StringComparison.Ordinal)));
        await CheckCountsAsync(database, dataset);

        // Forget that it was loaded: a full second pass must skip everything already there.
        await using (var connection = Open(database))
        {
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM marker;";
            await forget.ExecuteNonQueryAsync();
        }
        var second = await GraphCli.RunAsync(Patience, "load", a, "--database", database, "--batch", "50");
        Assert.True(second.Exit == 0, second.Err);
        await CheckCountsAsync(database, dataset);
    }

    [Theory]
    [InlineData("load")]
    [InlineData("load", "x.json")]
    [InlineData("load", "x.json", "--database")]
    [InlineData("load", "x.json", "--database", "d.db", "--batch", "0")]
    [InlineData("load", "x.json", "--database", "d.db", "--batch", "many")]
    [InlineData("load", "x.json", "--database", "d.db", "--bogus", "1")]
    [InlineData("synth")]
    [InlineData("synth", "--statements", "-5")]
    public async Task Bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        var run = await GraphCli.RunAsync(Patience, args);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith("graph: ", run.Err);
        Assert.Contains("Usage:\n  graph " + args[0], run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_missing_dataset_is_an_error_not_a_crash()
    {
        var run = await GraphCli.RunAsync(Patience, "load", Path.Combine(folder, "nope.json"), "--database", Path.Combine(folder, "d.db"));
        Assert.Equal(1, run.Exit);
        Assert.StartsWith("graph: ", run.Err);
    }

    [Fact]
    public async Task Cypher_seed_still_prints_the_seed_script()
    {
        var run = await GraphCli.RunAsync(Patience, "cypher-seed");
        Assert.True(run.Exit == 0, run.Err);
        Assert.StartsWith("// Seed of the dataset", run.Out);
        Assert.Contains("MERGE", run.Out);
    }

    private const string BatchLine = "batch ";

    [GeneratedRegex(@"^batch (\d+)/(\d+) committed")]
    private static partial Regex BatchNumber();

    /// <summary>The last batch the load reported committed, 0 before the first.</summary>
    private static int LastBatchPrinted(IEnumerable<string> printed) =>
        printed.Select(l => BatchNumber().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(0).Max();

    /// <summary>What one write of a dataset leaves in the store, as a key that can be read back.</summary>
    private static string Effect(GraphWrite write) => write switch
    {
        CreateActor w => "node:" + w.Actor.Id,
        CreateSource w => "node:" + w.Source.Id,
        CreateDraft w => "node:" + w.Draft.Id,
        CreateAlliance w => "node:" + w.Alliance.Id,
        CreateStatement w => "node:" + w.Statement.Id,
        CreateRole w => "fact:" + w.Role.Id,
        CreateMembership w => "fact:" + w.Membership.Id,
        CreatePosition w => "fact:" + w.Position.Id,
        AddDraftStatus w => $"status:{w.Change.DraftId}|{EnumNames.ToName(w.Change.Status)}|{Date(w.Change.Date)}",
        AddDraftRelation w => $"relation:{w.Relation.FromId}|{EnumNames.ToName(w.Relation.Kind)}|{w.Relation.ToId}",
        _ => throw new InvalidOperationException($"The test does not know {write.GetType().Name}."),
    };

    private static string Date(DateOnly? date) => date is { } d ? DateParsing.Format(d) : "";

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql) =>
        (await QueryAsync(connection, sql, r => r.GetInt64(0))).Single();

    /// <summary>
    /// Opens the file with the store (as the API would after a crash), checks it is sound, and returns
    /// the writes it holds as <see cref="Effect"/> keys.
    /// </summary>
    private async Task<HashSet<string>> CheckConsistentAsync(string database, Dataset dataset)
    {
        using (var store = new SqliteGraphStore(database))
        {
            await store.InitializeAsync();
            // Through the store: a page of statements, each with its speaker and its source.
            var page = await store.FindStatementsAsync(new StatementFilter(), new PageRequest(100, null));
            var speakers = (await store.GetActorsAsync(page.Items.Select(s => s.SpeakerId).Distinct().ToList())).Select(a => a.Id).ToHashSet();
            var sources = (await store.GetSourcesAsync(page.Items.Select(s => s.SourceId).Distinct().ToList())).Select(s => s.Id).ToHashSet();
            Assert.All(page.Items, s => Assert.True(speakers.Contains(s.SpeakerId) && sources.Contains(s.SourceId), $"statement {s.Id} lost its speaker or source"));
        }

        await using var connection = Open(database);
        Assert.Equal(["ok"], await QueryAsync(connection, "PRAGMA integrity_check;", r => r.GetString(0)));
        var broken = await QueryAsync(connection, "PRAGMA foreign_key_check;", r => $"{r.GetString(0)} row {r.GetValue(1)} -> {r.GetString(2)}");
        Assert.True(broken.Count == 0, "Foreign keys broken: " + string.Join("; ", broken.Take(10)));
        // The full-text index matches the statements it indexes (it is written by triggers, in the same transaction).
        await using (var fts = connection.CreateCommand())
        {
            fts.CommandText = "INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check');";
            await fts.ExecuteNonQueryAsync();
        }
        Assert.Equal(0, await ScalarAsync(connection, """
            SELECT COUNT(*) FROM statement s LEFT JOIN actor a ON a.id = s.speaker_id LEFT JOIN source o ON o.id = s.source_id
            WHERE a.id IS NULL OR o.id IS NULL;
            """));
        // Every node id has its row of its kind, and every row its node id.
        foreach (var (label, table) in new[] { ("ACTOR", "actor"), ("SOURCE", "source"), ("DRAFT", "draft"), ("ALLIANCE", "alliance"), ("STATEMENT", "statement") })
        {
            Assert.Equal(await ScalarAsync(connection, $"SELECT COUNT(*) FROM node WHERE label = '{label}';"), await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table};"));
            Assert.Equal(0, await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM node n WHERE n.id = t.id AND n.label = '{label}');"));
        }
        // Every fact came with all of its evidence, every statement with all of its subjects.
        var evidence = dataset.Roles.ToDictionary(r => r.IdOrDefault, r => r.Evidence.Count);
        foreach (var a in dataset.Alliances) foreach (var m in a.Members) evidence[m.IdFor(a.Id)] = m.Evidence.Count;
        foreach (var p in dataset.Positions) evidence[p.IdOrDefault] = p.Evidence.Count;
        var storedEvidence = await QueryAsync(connection,
            "SELECT f.id, (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = f.id) FROM fact f;", r => (Id: r.GetString(0), Count: r.GetInt64(1)));
        Assert.All(storedEvidence, f => Assert.Equal(evidence[f.Id], f.Count));
        Assert.Equal(0, await ScalarAsync(connection, """
            SELECT COUNT(*) FROM fact f WHERE NOT EXISTS (SELECT 1 FROM position p WHERE p.id = f.id)
              AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.id = f.id) AND NOT EXISTS (SELECT 1 FROM role r WHERE r.id = f.id);
            """));
        var about = dataset.Statements.ToDictionary(s => s.Id, s => s.About.Distinct().Count());
        var storedAbout = await QueryAsync(connection,
            "SELECT s.id, (SELECT COUNT(*) FROM statement_about a WHERE a.statement_id = s.id) FROM statement s;", r => (Id: r.GetString(0), Count: r.GetInt64(1)));
        Assert.All(storedAbout, s => Assert.Equal(about[s.Id], s.Count));

        var effects = new HashSet<string>();
        effects.UnionWith(await QueryAsync(connection, "SELECT id FROM node;", r => "node:" + r.GetString(0)));
        effects.UnionWith(await QueryAsync(connection, "SELECT id FROM fact;", r => "fact:" + r.GetString(0)));
        effects.UnionWith(await QueryAsync(connection, "SELECT draft_id, status, COALESCE(date, '') FROM draft_status;",
            r => $"status:{r.GetString(0)}|{r.GetString(1)}|{r.GetString(2)}"));
        effects.UnionWith(await QueryAsync(connection, "SELECT from_id, kind, to_id FROM draft_relation;",
            r => $"relation:{r.GetString(0)}|{r.GetString(1)}|{r.GetString(2)}"));
        return effects;
    }

    /// <summary>Every table holds exactly what the dataset has: nothing missing, nothing twice.</summary>
    private static async Task CheckCountsAsync(string database, Dataset dataset)
    {
        await using var connection = Open(database);
        var expected = new Dictionary<string, long>
        {
            ["actor"] = dataset.Actors.Count,
            ["source"] = dataset.Sources.Count,
            ["draft"] = dataset.Drafts.Count,
            ["alliance"] = dataset.Alliances.Count,
            ["statement"] = dataset.Statements.Count,
            ["statement_about"] = dataset.Statements.Sum(s => s.About.Distinct().Count()),
            ["role"] = dataset.Roles.Count,
            ["membership"] = dataset.Alliances.Sum(a => a.Members.Count),
            ["position"] = dataset.Positions.Count,
            ["draft_status"] = dataset.Drafts.Sum(d => d.History.Count),
            ["draft_relation"] = dataset.Drafts.Sum(d => d.Relations.Count),
            ["evidence"] = dataset.Roles.Sum(r => r.Evidence.Count) + dataset.Alliances.Sum(a => a.Members.Sum(m => m.Evidence.Count))
                           + dataset.Positions.Sum(p => p.Evidence.Count),
        };
        expected["node"] = expected["actor"] + expected["source"] + expected["draft"] + expected["alliance"] + expected["statement"];
        expected["fact"] = expected["role"] + expected["membership"] + expected["position"];
        foreach (var (table, count) in expected)
            Assert.True(count == await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table};"), $"{table}: expected {count} rows");
    }
}
