using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests;

/// <summary>
/// What a bulk load leaves, row for row and object for object, against the same writes made one transaction at a time with
/// every trigger and index in place.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-bulk-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    // Ids whose order in UTF-8 (SQLite's) differs from their order in UTF-16 (.NET's ordinal): U+FF21 before U+1F600.
    private const string Wide = "\uFF21";
    private const string Emoji = "\U0001F600";

    /// <summary>Statements about nothing, one target or several, their own speaker, a statement; several statements per pair.</summary>
    private static List<GraphWrite> World(Random random)
    {
        string[] states = ["state-1", "state-2", $"state-{Wide}", $"state-{Emoji}", "state-10"];
        string[] drafts = ["draft-1", $"draft-{Wide}", $"draft-{Emoji}"];
        var writes = new List<GraphWrite>();
        writes.AddRange(states.Select(s => new CreateActor(new Actor(s, ActorKind.State, s, [], null))));
        writes.AddRange(drafts.Select(d => new CreateDraft(new Draft(d, DraftKind.Resolution, d, null, null))));
        writes.Add(new CreateSource(new Source("src", SourceKind.Report, "Report", null, new DateOnly(2020, 1, 1), null, null)));
        string[] suffixes = ["1", "2", "10", Wide, Emoji, $"{Wide}1", $"{Emoji}1", "a"];
        var targets = states.Concat(drafts).ToList();
        var statements = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var id = $"s-{suffixes[i % suffixes.Length]}-{i / suffixes.Length}";
            var speaker = states[random.Next(states.Length)];
            var about = Enumerable.Range(0, random.Next(4)).Select(_ => targets[random.Next(targets.Count)]).ToList();
            if (i % 17 == 5) about.Add(speaker);
            if (i == 77) about.Add(statements[3]);
            writes.Add(new CreateStatement(new Statement(id, speaker, null, null, StatementKind.Quote, $"Said {i}.", "src", null, null, about)));
            statements.Add(id);
        }
        for (var i = 0; i < 30; i++)
            writes.Add(new CreatePosition(new Position($"p-{i}", states[random.Next(states.Length)], drafts[random.Next(drafts.Length)],
                (Stance)(i % 4), new DateOnly(2020, 1, 1 + i % 28), null, [new Evidence("src", statements[i], null)])));
        return writes;
    }

    private async Task<string> LoadAsync(string name, bool bulk, int seed)
    {
        var path = Path.Combine(folder, name + ".db");
        using var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        var writes = World(new Random(seed));
        if (bulk) await store.BeginBulkLoadAsync();
        // Small batches, so a pair's least statement is often in an earlier batch than its later ones.
        foreach (var batch in writes.Chunk(7)) await store.ApplyAsync(batch);
        if (bulk) await store.EndBulkLoadAsync();
        return path;
    }

    private static async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
        return rows;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_links_after_a_bulk_load_are_the_links_the_trigger_keeps(int seed)
    {
        var kept = await LoadAsync("kept", bulk: false, seed);
        var rebuilt = await LoadAsync("rebuilt", bulk: true, seed);

        const string links = "SELECT hex(node_id), hex(other_id), hex(statement_id), made FROM statement_link ORDER BY node_id, other_id;";
        var expected = await RowsAsync(kept, links);
        Assert.True(expected.Count > 50);
        Assert.Equal(expected, await RowsAsync(rebuilt, links));
        const string flag = "SELECT key, value FROM meta WHERE key = 'statement_about_statement';";
        Assert.Equal(["statement_about_statement | 1"], await RowsAsync(kept, flag));
        Assert.Equal(await RowsAsync(kept, flag), await RowsAsync(rebuilt, flag));
    }

    [Fact]
    public async Task The_least_statement_of_a_pair_is_least_in_utf8()
    {
        var path = Path.Combine(folder, "order.db");
        using var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        await store.ApplyAsync([
            new CreateActor(new Actor("japan", ActorKind.State, "Japan", [], null)),
            new CreateDraft(new Draft("draft-1", DraftKind.Resolution, "Draft", null, null)),
            new CreateSource(new Source("src", SourceKind.Report, "Report", null, new DateOnly(2020, 1, 1), null, null)),
        ]);
        await store.BeginBulkLoadAsync();
        await store.ApplyAsync([
            new CreateStatement(new Statement($"s-{Emoji}", "japan", null, null, StatementKind.Quote, "One.", "src", null, null, ["draft-1"])),
            new CreateStatement(new Statement($"s-{Wide}", "japan", null, null, StatementKind.Quote, "Two.", "src", null, null, ["draft-1"])),
        ]);
        await store.EndBulkLoadAsync();

        var link = Assert.Single((await store.ExpandForPathAsync(["japan"], [])).Links);
        Assert.Equal($"s-{Wide}", link.StatementId);
    }

    [Fact]
    public async Task A_bulk_load_leaves_the_same_tables_indexes_and_triggers_as_writes_one_by_one()
    {
        var kept = await LoadAsync("kept", bulk: false, 5);
        var rebuilt = await LoadAsync("rebuilt", bulk: true, 5);

        const string schema = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name;";
        Assert.Equal(await RowsAsync(kept, schema), await RowsAsync(rebuilt, schema));
        foreach (var table in new[] { "node", "statement", "statement_about", "speaker_statements", "fact", "position", "evidence" })
        {
            var rows = $"SELECT * FROM {table} ORDER BY 1, 2;";
            Assert.Equal(await RowsAsync(kept, rows), await RowsAsync(rebuilt, rows));
        }
        Assert.Equal(await RowsAsync(kept, "SELECT rowid FROM statement_fts WHERE statement_fts MATCH 'said' ORDER BY rowid;"),
            await RowsAsync(rebuilt, "SELECT rowid FROM statement_fts WHERE statement_fts MATCH 'said' ORDER BY rowid;"));
        Assert.Equal(["ok"], await RowsAsync(rebuilt, "PRAGMA integrity_check;"));
    }

    [Fact]
    public async Task The_text_index_and_links_built_beside_a_load_are_the_ones_rebuilt_in_place_after_a_load_that_never_ended()
    {
        var ended = await LoadAsync("ended", bulk: true, 3);
        var killed = Path.Combine(folder, "killed.db");
        using (var store = new SqliteGraphStore(killed))
        {
            await store.InitializeAsync();
            await store.BeginBulkLoadAsync();
            foreach (var batch in World(new Random(3)).Chunk(7)) await store.ApplyAsync(batch);
        }
        SqliteConnection.ClearAllPools();
        // The next start finds the load unfinished and rebuilds in place with FTS5's 'rebuild'.
        using (var store = new SqliteGraphStore(killed)) await store.InitializeAsync();

        foreach (var rows in new[]
        {
            "SELECT id, hex(block) FROM statement_fts_data ORDER BY id;",
            "SELECT segid, hex(term), pgno FROM statement_fts_idx ORDER BY segid, term;",
            "SELECT id, hex(sz) FROM statement_fts_docsize ORDER BY id;",
            "SELECT k, v FROM statement_fts_config ORDER BY k;",
            "SELECT hex(node_id), hex(other_id), hex(statement_id), made FROM statement_link ORDER BY node_id, other_id;",
        })
            Assert.Equal(await RowsAsync(killed, rows), await RowsAsync(ended, rows));
        Assert.False(File.Exists(ended + "-text-index"));
        Assert.False(File.Exists(ended + "-statement-links"));
    }

    /// <summary>
    /// A bulk load in parts of 30 writes, each taken by the follower (of ten statements a chunk) before the next is written, so the
    /// follower works in several chunks and a pair's or a word's first statement is often in an earlier chunk than its others.
    /// Returns the file and how many chunks the follower took.
    /// </summary>
    private async Task<(string Path, int Chunks)> LoadFollowedInChunksAsync(int seed, Func<SqliteGraphStore, StatementFollow> follower)
    {
        var path = Path.Combine(folder, "chunked.db");
        using var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        store.Bulk.FollowChunkRows = 10;
        await store.BeginBulkLoadAsync();
        var following = follower(store);
        foreach (var batch in World(new Random(seed)).Chunk(30))
        {
            await store.ApplyAsync(batch);
            var last = long.Parse((await RowsAsync(path, "SELECT coalesce(max(seq), 0) FROM statement;"))[0]);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (last - following.FollowedThrough >= 10 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(20);
        }
        await store.EndBulkLoadAsync();
        return (path, following.Chunks);
    }

    [Fact]
    public async Task A_text_index_followed_in_chunks_during_a_load_finds_what_writes_one_by_one_find()
    {
        var kept = await LoadAsync("kept", bulk: false, 4);
        var (chunked, chunks) = await LoadFollowedInChunksAsync(4, store => store.Bulk.TextIndex!);

        Assert.True(chunks >= 3, $"{chunks} chunk(s)");
        foreach (var words in new[] { "said", "7", "1*", "said NOT 3" })
        {
            var rows = $"SELECT rowid FROM statement_fts WHERE statement_fts MATCH '{words}' ORDER BY rowid;";
            Assert.Equal(await RowsAsync(kept, rows), await RowsAsync(chunked, rows));
        }
        Assert.Equal(await RowsAsync(kept, "SELECT id, hex(sz) FROM statement_fts_docsize ORDER BY id;"),
            await RowsAsync(chunked, "SELECT id, hex(sz) FROM statement_fts_docsize ORDER BY id;"));
        await RowsAsync(chunked, "INSERT INTO statement_fts(statement_fts, rank) VALUES ('integrity-check', 1);"); // throws if the index and the statements differ
        Assert.Equal(["ok"], await RowsAsync(chunked, "PRAGMA integrity_check;"));
        Assert.False(File.Exists(chunked + "-text-index"));
    }

    [Fact]
    public async Task Links_followed_in_chunks_during_a_load_are_the_links_the_trigger_keeps()
    {
        var kept = await LoadAsync("kept", bulk: false, 6);
        var (chunked, chunks) = await LoadFollowedInChunksAsync(6, store => store.Bulk.Links!);

        Assert.True(chunks >= 3, $"{chunks} chunk(s)");
        const string links = "SELECT hex(node_id), hex(other_id), hex(statement_id), made FROM statement_link ORDER BY node_id, other_id;";
        var expected = await RowsAsync(kept, links);
        Assert.True(expected.Count > 50);
        Assert.Equal(expected, await RowsAsync(chunked, links));
        Assert.Equal(["ok"], await RowsAsync(chunked, "PRAGMA integrity_check;"));
        Assert.False(File.Exists(chunked + "-statement-links"));
    }

    private static CreateStatement Said(string id, string speaker, CreateMode mode = CreateMode.FailIfExists, string text = "Said.") =>
        new(new Statement(id, speaker, id.EndsWith('1') ? null : new DateOnly(2021, 3, 4), null, StatementKind.Quote, text, "src", null, null,
            ["draft-1", speaker]), mode);

    [Fact]
    public async Task Statements_written_in_bulk_mode_are_refused_skipped_and_named_as_outside_it()
    {
        using var store = await OpenAsync(Path.Combine(folder, "runs.db"));
        await store.ApplyAsync([
            new CreateActor(new Actor("japan", ActorKind.State, "Japan", [], null)),
            new CreateDraft(new Draft("draft-1", DraftKind.Resolution, "Draft", null, null)),
            new CreateSource(new Source("src", SourceKind.Report, "Report", null, new DateOnly(2020, 1, 1), null, null)),
        ]);
        await store.BeginBulkLoadAsync();
        await store.ApplyAsync([.. Enumerable.Range(0, 5).Select(i => Said($"s-{i}", "japan"))]);

        // A taken id in the middle of a batch: refused, naming it, and nothing of its batch written.
        var taken = await Assert.ThrowsAsync<GraphException>(() => store.ApplyAsync([Said("s-5", "japan"), Said("s-2", "japan"), Said("s-6", "japan")]));
        Assert.Contains("'s-2'", taken.Message);
        // An id taken by a node of another label (no statement row to collide with): refused too.
        var actor = await Assert.ThrowsAsync<GraphException>(() => store.ApplyAsync([Said("s-5", "japan"), Said("japan", "japan")]));
        Assert.Contains("'japan' is already taken", actor.Message);
        // A missing speaker: refused, naming the statement.
        var dangling = await Assert.ThrowsAsync<GraphException>(() => store.ApplyAsync([Said("s-7", "japan"), Said("s-8", "nobody"), Said("s-9", "japan")]));
        Assert.Contains("'s-8'", dangling.Message);
        // Skipped when asked: the taken one keeps its text, the others are written; texts are kept byte for byte.
        await store.ApplyAsync([Said("s-10", "japan", CreateMode.SkipExisting), Said("s-3", "japan", CreateMode.SkipExisting, "Other."),
            Said("s-11", "japan", CreateMode.SkipExisting, "Quote \"\u00e9\" \\ \n end.")]);
        await store.ApplyAsync([Said("s-12", "japan", text: "Nul\0 inside."), Said("s-13", "japan", text: $"Emoji {Emoji}.")]);
        await store.EndBulkLoadAsync();

        var path = Path.Combine(folder, "runs.db");
        Assert.Equal(["s-0", "s-1", "s-10", "s-11", "s-12", "s-13", "s-2", "s-3", "s-4"], await RowsAsync(path, "SELECT id FROM statement ORDER BY id;"));
        Assert.Equal(["Said."], await RowsAsync(path, "SELECT text FROM statement WHERE id = 's-3';"));
        Assert.Equal(["Quote \"\u00e9\" \\ \n end. | NULL | 2020-01-01"],
            await RowsAsync(path, "SELECT text, date, effective_date FROM statement WHERE id = 's-11';"));
        Assert.Equal(["2021-03-04 | 2021-03-04"], await RowsAsync(path, "SELECT date, effective_date FROM statement WHERE id = 's-12';"));
        Assert.Equal(["Nul\0 inside.".Length.ToString()], await RowsAsync(path, "SELECT length(CAST(text AS BLOB)) FROM statement WHERE id = 's-12';"));
        Assert.Equal(["s-0 | draft-1 | 0", "s-0 | japan | 1"], await RowsAsync(path, "SELECT * FROM statement_about WHERE statement_id = 's-0' ORDER BY 2;"));
        // Statements are numbered in the order written.
        Assert.Equal(["s-0", "s-1", "s-2", "s-3", "s-4", "s-10", "s-11", "s-12", "s-13"], await RowsAsync(path, "SELECT id FROM statement ORDER BY seq;"));
    }

    private static List<GraphWrite> Positions(string draft, params string[] states) =>
        [.. states.Select(s => new CreatePosition(new Position($"p-{s}-{draft}", s, draft, Stance.Backs, new DateOnly(2020, 1, 1), null,
            [new Evidence("src", null, null)])))];

    private static async Task<SqliteGraphStore> OpenAsync(string path)
    {
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        return store;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Positions_loaded_in_bulk_reach_the_side_history_a_reader_kept(bool ended)
    {
        var path = Path.Combine(folder, "sides.db");
        using var store = await OpenAsync(path);
        await store.ApplyAsync([
            new CreateActor(new Actor("japan", ActorKind.State, "Japan", [], null)),
            new CreateActor(new Actor("france", ActorKind.State, "France", [], null)),
            new CreateDraft(new Draft("draft-1", DraftKind.Resolution, "Draft 1", null, null)),
            new CreateDraft(new Draft("draft-2", DraftKind.Resolution, "Draft 2", null, null)),
            new CreateSource(new Source("src", SourceKind.Report, "Report", null, new DateOnly(2020, 1, 1), null, null)),
            .. Positions("draft-1", "japan", "france"),
        ]);
        Assert.Equal((1, 0), (await store.GetAgreementsAsync(["japan", "france"], null, null)).Pairs[("france", "japan")]);

        await store.BeginBulkLoadAsync();
        await store.ApplyAsync(Positions("draft-2", "japan", "france"));
        if (ended) await store.EndBulkLoadAsync();
        // Not ended: the loader was killed, and the next process to open the file completes the load.
        using var reader = ended ? null : await OpenAsync(path);

        Assert.Equal((2, 0), (await store.GetAgreementsAsync(["japan", "france"], null, null)).Pairs[("france", "japan")]);
        Assert.Equal(["draft-1", "draft-2"], (await store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"]))).Select(p => p.DraftId).Order());
    }
}
