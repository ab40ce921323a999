using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests;

/// <summary>The store contract against the SQLite store, and what only it keeps (its file, its migrations, its kept positions).</summary>
public sealed class EmbeddedStoreContract : EmbeddedContractBase
{
    [Fact]
    public async Task Initializing_twice_keeps_the_data()
    {
        await Store.ApplyAsync([new CreateActor(State("japan", "Japan"))]);
        await Store.InitializeAsync();
        Assert.Single(await Store.GetActorsAsync(["japan"]));
        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task A_count_of_positions_after_a_write_sees_it_while_the_kept_positions_are_read_again()
    {
        await SeedBasicsAsync();
        var store = (SqliteGraphStore)Store;
        var backedTwice = new DraftQuery(new DraftWhere
        {
            PositionsAggregate = new PositionCountWhere { Where = new PositionWhere { Stance = Stance.Backs, AsOf = Day(2020, 6, 1) }, CountGt = 1 },
        });
        async Task<string[]> AskAsync() => (await store.QueryDraftsAsync(backedTwice, new PageRequest(10, null))).Items.Select(d => d.Id).ToArray();
        async Task WriteAsync(GraphWrite[] writes, string[] expected)
        {
            var before = store.KeptPositionsVersion;
            await Store.ApplyAsync(writes);
            // The first query after the write is answered by SQL and starts the read in the background; the ones after the
            // read are answered from what it kept.
            Assert.Equal(expected, await AskAsync());
            for (var i = 0; i < 1_000 && store.KeptPositionsVersion == before; i++)
            {
                await Task.Delay(10);
                await AskAsync();
            }
            Assert.NotEqual(before, store.KeptPositionsVersion);
            Assert.Equal(expected, await AskAsync());
        }

        await WriteAsync([
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Backs, Day(2020, 1, 1), null, [Cite("report-1")])),
            new CreatePosition(new Position("pos-2", "france", "draft-b", Stance.Backs, Day(2020, 1, 1), null, [Cite("report-1")])),
        ], []);
        await WriteAsync([new CreatePosition(new Position("pos-3", "france", "draft-a", Stance.Backs, Day(2020, 5, 1), null, [Cite("report-1")]))],
            ["draft-a"]);
        // A retraction moves the version too.
        await WriteAsync([new Retract(new Retraction("pos-3", "a misreading", "a curator", DateTimeOffset.UnixEpoch))], []);
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_with_a_schema_version()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version';";
        Assert.Equal("7", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task No_table_text_holds_a_comment_so_any_column_can_be_dropped()
    {
        await SeedBasicsAsync();
        var tables = await ScalarRawAsync("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%--%';");
        Assert.Equal(DBNull.Value, tables ?? DBNull.Value);
    }

    [Fact]
    public async Task A_version_2_file_is_migrated_to_3_and_keeps_its_statements()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateStatement(Said("j-1", "japan", "Reform now.", "report-1", Day(2019, 5, 1))),
            new CreateStatement(Said("j-2", "japan", "Reform later.", "report-2")), // dated by its source: 2021-06-15
            new CreateStatement(Said("f-1", "france", "No reform.", "report-1")),
        ]);
        // Turn the file back into version 2: no stored date, no kept counts, the old speaker index.
        await ExecuteRawAsync("""
            DROP TRIGGER speaker_statements_insert; DROP TRIGGER speaker_statements_delete; DROP TRIGGER speaker_statements_update;
            DROP TRIGGER speaker_statements_retract;
            DROP TABLE speaker_statements; DROP INDEX statement_by_speaker_date; DROP INDEX statement_by_date;
            ALTER TABLE statement DROP COLUMN effective_date;
            CREATE INDEX statement_by_speaker ON statement(speaker_id);
            UPDATE meta SET value = '2' WHERE key = 'schema_version';
            """ + BeforeVersion7);

        var store = await OpenAsync();

        var japan = (await store.FindStatementsBySpeakersAsync(["japan", "france"], new StatementFilter(), new PageRequest(10, null)));
        Assert.Equal(["j-2", "j-1"], japan["japan"].Items.Select(s => s.Id));
        Assert.Equal(2, japan["japan"].TotalCount);
        Assert.Equal(1, japan["france"].TotalCount);
        var reform = await store.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(10, null));
        Assert.Equal(["j-2", "f-1", "j-1"], reform.Items.Select(s => s.Id));
        Assert.Equal(3, reform.TotalCount);
        // Statements written after the migration are counted and ordered too.
        await store.ApplyAsync([new CreateStatement(Said("j-3", "japan", "Reform today.", "report-1", Day(2022, 1, 1)))]);
        var after = await store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(), new PageRequest(1, null));
        Assert.Equal(["j-3"], after["japan"].Items.Select(s => s.Id));
        Assert.Equal(3, after["japan"].TotalCount);
        Assert.Equal("7", await ScalarRawAsync("SELECT value FROM meta WHERE key = 'schema_version';"));
    }

    [Fact]
    public async Task A_version_3_file_is_migrated_to_4_with_its_statement_links()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateStatement(Said("j-1", "japan", "Reform now.", "report-1", null, "draft-a", "france")),
            new CreateStatement(Said("t-1", "taro-aso", "Reform.", "report-1", null, "draft-a")),
        ]);
        // Turn the file back into version 3: no statement links.
        await ExecuteRawAsync("""
            DROP TRIGGER statement_link_insert; DROP TABLE statement_link;
            UPDATE meta SET value = '3' WHERE key = 'schema_version';
            """ + BeforeVersion7);

        var store = await OpenAsync();

        var links = (await store.ExpandForPathAsync(["draft-a"], [])).Links.Select(l => (l.OtherId, l.StatementId)).Order().ToList();
        Assert.Equal([("france", "j-1"), ("japan", "j-1"), ("taro-aso", "t-1")], links);
        var path = await new PathFinder(store, store).FindAsync("taro-aso", "france", 4);
        Assert.Equal(["taro-aso", "t-1", "draft-a", "j-1", "france"], path!.NodeIds);
        // Statements written after the migration are linked too.
        await store.ApplyAsync([new CreateStatement(Said("f-1", "france", "Reform.", "report-1", null, "g4"))]);
        Assert.Contains((await store.ExpandForPathAsync(["france"], [])).Links, l => l.OtherId == "g4" && l.StatementId == "f-1");
        Assert.Equal("7", await ScalarRawAsync("SELECT value FROM meta WHERE key = 'schema_version';"));
    }

    [Fact]
    public async Task A_bulk_load_leaves_search_and_reads_by_speaker_working()
    {
        await SeedBasicsAsync();
        var store = (SqliteGraphStore)Store;
        await store.ApplyAsync([new CreateStatement(Said("before", "japan", "Reform before.", "report-1"))]);
        await store.BeginBulkLoadAsync();
        await store.ApplyAsync([
            new CreateStatement(Said("j-1", "japan", "Reform now.", "report-1", Day(2019, 5, 1), "draft-a")),
            new CreateStatement(Said("j-2", "japan", "Reform later.", "report-2", null, "draft-a")),
        ]);
        await store.EndBulkLoadAsync();

        var reform = await store.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(10, null));
        Assert.Equal(["j-2", "before", "j-1"], reform.Items.Select(s => s.Id));
        Assert.Equal(3, reform.TotalCount);
        Assert.Equal(["j-2", "j-1"], (await store.FindStatementsAsync(new StatementFilter(AboutId: "draft-a"), new PageRequest(10, null))).Items.Select(s => s.Id));
        Assert.Equal(3, (await store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(), new PageRequest(10, null)))["japan"].TotalCount);
        // The text index follows single writes again.
        await store.ApplyAsync([new CreateStatement(Said("after", "france", "Reform after.", "report-2"))]);
        Assert.Equal(4, (await store.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(10, null))).TotalCount);
    }

    [Fact]
    public async Task A_bulk_load_that_never_ended_is_completed_by_the_next_initialize()
    {
        await SeedBasicsAsync();
        var store = (SqliteGraphStore)Store;
        await store.BeginBulkLoadAsync();
        await store.ApplyAsync([new CreateStatement(Said("j-1", "japan", "Reform now.", "report-1"))]);
        // No EndBulkLoadAsync: the loader was killed.

        var reopened = await OpenAsync();

        Assert.Equal(["j-1"], (await reopened.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(10, null))).Items.Select(s => s.Id));
        await reopened.ApplyAsync([new CreateStatement(Said("j-2", "japan", "Reform again.", "report-2"))]);
        Assert.Equal(2, (await reopened.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(10, null))).TotalCount);
    }

    [Fact]
    public async Task A_search_alone_counts_and_lists_up_to_its_limit()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([.. Enumerable.Range(1, 5).Select(i =>
            new CreateStatement(Said($"st-{i}", "japan", "Reform again.", "report-1", Day(2020, 1, i))))]);
        using var store = new SqliteGraphStore(DatabasePath) { SearchCountLimit = 3 };

        var first = await store.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(2, null));
        Assert.Equal(3, first.TotalCount);
        Assert.Equal(["st-5", "st-4"], first.Items.Select(s => s.Id));
        var second = await store.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(2, first.CursorAt(1)));
        Assert.Equal(["st-3"], second.Items.Select(s => s.Id));
        Assert.False(second.HasNextPage);
        // With another condition every match is counted.
        Assert.Equal(5, (await store.FindStatementsAsync(new StatementFilter(SpeakerId: "japan", Search: "reform"), new PageRequest(2, null))).TotalCount);
    }

    [Theory]
    [InlineData(7, 1000, 100)]
    [InlineData(29, 1000, 100)]
    [InlineData(53, 2, 100)]
    [InlineData(29, 3, 100)]
    [InlineData(53, 1000, 0)]
    [InlineData(7, 2, 0)]
    public async Task A_search_alone_counts_and_lists_what_the_definition_does_up_to_its_limit(int seed, int countLimit, int manyRetracted)
    {
        // Retracted statements among the matches, spread over the ranges the count reads, tested one by one or (0) row by row.
        await SeedStatementWorldAsync(seed);
        using var store = new SqliteGraphStore(DatabasePath) { SearchCountLimit = countLimit, SearchManyRetracted = manyRetracted };
        var definition = new StatementScan(Store, Store);
        var retractedMatched = 0;
        foreach (var search in new[] { "reform", "peace", "sanct*", "talks reform", "absent" })
        {
            var expected = await definition.QueryStatementsAsync(new StatementQuery(Search: search), new PageRequest(100, null));
            var all = await Store.FindStatementsAsync(new StatementFilter(Search: search, IncludeRetracted: true), new PageRequest(100, null));
            retractedMatched += all.TotalCount - expected.TotalCount;
            var actual = await store.FindStatementsAsync(new StatementFilter(Search: search), new PageRequest(100, null));
            Assert.Equal(Math.Min(countLimit, expected.TotalCount), actual.TotalCount);
            Assert.Equal(expected.Items.Take(countLimit).Select(s => s.Id), actual.Items.Select(s => s.Id));
        }
        Assert.True(retractedMatched > 0, "no retracted statement matched: the test would not see them counted");
    }

    [Theory]
    [InlineData(7, 1, 0, 1000)]
    [InlineData(29, 1, 0, 1000)]
    [InlineData(7, 1000, 0, 1000)]
    [InlineData(53, 1000, 0, 1000)]
    [InlineData(29, 1000, 0, 0)]
    [InlineData(53, 1000, 0, 0)]
    [InlineData(7, 1, 0, 1000, 0)]
    [InlineData(29, 1000, 0, 1000, 0)]
    public async Task A_search_with_a_filter_answers_alike_whichever_way_it_reads(int seed, int manyMatches, int fewStatements, int manyListed,
        int manyRetracted = 100)
    {
        // No filter keeps few statements here; the searches have many matches (tested row by row on the newest-first walk),
        // or few that lead or are led by the filter, or too many to lead (listed, on the walk): each way the large preset
        // takes, on the contract's world.
        await SeedStatementWorldAsync(seed);
        using var store = new SqliteGraphStore(DatabasePath)
        {
            SearchCountLimit = manyMatches, SearchFewStatements = fewStatements, SearchManyListed = manyListed,
            SearchManyRetracted = manyRetracted, // 0: every match tested against the retractions, as a count did before
        };
        await AssertStatementQueriesAsDefinedAsync(store, seed);
    }

    private async Task ExecuteRawAsync(string sql)
    {
        // This file's stores let go of their pools; clearing every pool would close connections that other test classes are opening.
        foreach (var store in opened) store.Dispose();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_version_4_file_is_migrated_to_5_and_its_text_indexed_by_stems()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreateStatement(Said("j-1", "japan", "Sanctions now.", "report-1", Day(2019, 5, 1)))]);
        // Turn the file back into version 4: a text index of whole words.
        await ExecuteRawAsync("""
            DROP TRIGGER statement_fts_insert; DROP TRIGGER statement_fts_delete; DROP TRIGGER statement_fts_update; DROP TABLE statement_fts;
            CREATE VIRTUAL TABLE statement_fts USING fts5(text, content='statement', content_rowid='seq');
            INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');
            UPDATE meta SET value = '4' WHERE key = 'schema_version';
            """ + BeforeVersion7);
        Assert.Equal(0L, await ScalarRawAsync("SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'sanction';"));

        var store = await OpenAsync();

        Assert.Equal(["j-1"], (await store.FindStatementsAsync(new StatementFilter(Search: "sanction"), new PageRequest(10, null))).Items.Select(s => s.Id));
        await store.ApplyAsync([new CreateStatement(Said("j-2", "japan", "More sanctioning.", "report-1", Day(2019, 5, 2)))]);
        Assert.Equal(["j-2", "j-1"], (await store.FindStatementsAsync(new StatementFilter(Search: "sanction*"), new PageRequest(10, null))).Items.Select(s => s.Id));
        Assert.Equal("7", await ScalarRawAsync("SELECT value FROM meta WHERE key = 'schema_version';"));
    }

    [Fact]
    public async Task A_version_5_file_is_migrated_to_6_and_can_retract()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreateStatement(Said("j-1", "japan", "Sanctions now.", "report-1", Day(2019, 5, 1)))]);
        await ExecuteRawAsync("""
            DROP TRIGGER speaker_statements_retract; DROP TRIGGER position_version_retract; DROP TABLE retraction;
            UPDATE meta SET value = '5' WHERE key = 'schema_version';
            """ + BeforeVersion7);

        var store = await OpenAsync();

        await store.ApplyAsync([new Retract(new Retraction("j-1", "A misquote", "API key", DateTimeOffset.UnixEpoch))]);
        Assert.Equal(0, (await store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(), new PageRequest(5, null)))["japan"].TotalCount);
        Assert.Equal("7", await ScalarRawAsync("SELECT value FROM meta WHERE key = 'schema_version';"));
    }

    /// <summary>What turns a file back into version 6 (no draft subjects, votes nor ballots); older versions lack them too.</summary>
    private const string BeforeVersion7 = """

        DROP TABLE ballot; DROP TABLE vote; DROP INDEX draft_by_subject;
        ALTER TABLE draft DROP COLUMN subject_id;
        """;

    [Fact]
    public async Task A_version_6_file_is_migrated_to_7_with_draft_subjects_votes_and_ballots()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreatePosition(new Position("p-1", "japan", "draft-a", Stance.Backs, null, null, [Cite("report-1")]))]);
        await ExecuteRawAsync(BeforeVersion7 + "UPDATE meta SET value = '6' WHERE key = 'schema_version';");

        var store = await OpenAsync();

        var kept = Assert.Single(await store.GetDraftsAsync(["draft-a"]));
        Assert.Equal(("Alpha resolution", "council", (string?)null), (kept.Title, kept.ForumId, kept.SubjectId));
        await store.ApplyAsync([
            new UpdateDraft(kept with { SubjectId = "france" }),
            new CreateVote(new Vote("vote-1", "draft-a", Day(2020, 5, 1), VoteResult.Adopted, 15, 0, 0, [Cite("report-1")])),
            new CreateBallot(new Ballot("ballot-1", "vote-1", "japan", BallotChoice.Yes, false, [Cite("report-1")])),
        ]);
        Assert.Equal(["draft-a"], (await store.FindDraftsAsync(new DraftFilter(SubjectId: "france"), new PageRequest(5, null))).Items.Select(d => d.Id));
        Assert.Equal(15, Assert.Single(await store.GetVotesAsync(["draft-a"])).Yes);
        Assert.Equal("ballot-1", Assert.Single(await store.GetBallotsAsync(new FactFilter(SubjectIds: ["japan"]))).Id);
        Assert.Single(await store.GetPositionsAsync(new FactFilter(FactIds: ["p-1"])));
        Assert.Equal("7", await ScalarRawAsync("SELECT value FROM meta WHERE key = 'schema_version';"));
    }

    [Fact]
    public async Task A_file_made_before_extractions_gets_their_table_on_open()
    {
        await Store.ApplyAsync([new CreateActor(State("japan", "Japan")), new CreateSource(Src("report-1"))]);
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE extraction;";
            await command.ExecuteNonQueryAsync();
        }
        var reopened = await ReopenStoreAsync();
        var mention = new Extraction("japan", "report-1", 0, 5, "Japan", 1, "test-rule", false);
        await reopened.ApplyAsync([new RecordExtraction(mention)]);
        Assert.Equal([mention], await reopened.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"])));
    }

    [Fact]
    public async Task An_unreachable_file_is_reported_not_thrown()
    {
        var blocker = Path.Combine(folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        using var store = new SqliteGraphStore(Path.Combine(blocker, "graph.db"));
        Assert.Equal(StoreHealth.Unreachable, await store.CheckHealthAsync());
    }

    [Theory]
    [InlineData("reform", "\"reform\"")]
    [InlineData("  Veto, power! ", "\"Veto\" \"power\"")]
    [InlineData("a\" OR \"b", "\"a\" \"OR\" \"b\"")]
    [InlineData("NEAR(x y)", "\"NEAR\" \"x\" \"y\"")]
    [InlineData("*", null)]
    [InlineData("", null)]
    [InlineData("日本の立場", "\"日本の立場\"")]
    [InlineData("sanct*", "\"sanct\"*")]
    [InlineData("\"security council\" veto*", "\"security council\" \"veto\"*")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("\"a*b\"", "\"a b\"")]
    [InlineData("reform reform \"reform\"", "\"reform\"")]
    public void Search_words_become_quoted_fts_strings(string search, string? expected) =>
        Assert.Equal(expected, SqliteGraphStore.MatchExpression(search));
}
