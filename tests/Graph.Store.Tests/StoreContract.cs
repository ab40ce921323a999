using Graph.Core;
using Xunit;

namespace Graph.Store.Tests;

/// <summary>
/// What every <see cref="IGraphStore"/> adapter must do, written against the interface only. An adapter's
/// test class subclasses this and says how to make a fresh, empty, initialized store and how to open the
/// same data again with a new store instance. xunit makes a new instance (so a new store) per test.
/// </summary>
public abstract partial class StoreContract : IAsyncLifetime
{
    private IGraphStore? store;
    private string? unavailable;

    /// <summary>The store under test; a test whose adapter has no store to test against is skipped, saying why.</summary>
    protected IGraphStore Store => store ?? throw new SkipException(unavailable ?? "No store.");

    /// <summary>A new store over new, empty data, already initialized.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>A new store instance over the same data as the one <see cref="CreateStoreAsync"/> made, initialized.</summary>
    protected abstract Task<IGraphStore> ReopenStoreAsync();

    /// <summary>Releases whatever the stores hold (files, connections).</summary>
    protected abstract Task CleanUpAsync();

    public async Task InitializeAsync()
    {
        try
        {
            store = await CreateStoreAsync();
        }
        catch (StoreNotAvailableException e)
        {
            unavailable = e.Message;
        }
    }

    public Task DisposeAsync() => CleanUpAsync();

    // ---- Fixtures ----

    private static readonly DateOnly D2020 = new(2020, 1, 1);

    protected static DateOnly Day(int year, int month, int day) => new(year, month, day);

    protected static Actor State(string id, string name, params string[] aliases) => new(id, ActorKind.State, name, aliases, null);

    protected static Actor Person(string id, string name) => new(id, ActorKind.Person, name, [], null);

    protected static Source Src(string id, DateOnly? date = null) =>
        new(id, SourceKind.Report, $"Report {id}", null, date ?? D2020, $"https://example.org/{id}", null);

    protected static Evidence Cite(string sourceId, string? statementId = null, string? excerpt = null) => new(sourceId, statementId, excerpt);

    protected static Statement Said(string id, string speaker, string text, string source, DateOnly? date = null, params string[] about) =>
        new(id, speaker, date, null, StatementKind.Quote, text, source, null, null, about);

    /// <summary>Two states, a person, a council (forum), two sources, two drafts and an alliance.</summary>
    protected async Task SeedBasicsAsync()
    {
        await Store.ApplyAsync([
            new CreateActor(State("japan", "Japan", "Nippon", "日本", "Dai \"Nippon\" \\ Teikoku")), // escapes read back as written
            new CreateActor(State("france", "France", "French Republic")),
            new CreateActor(Person("taro-aso", "Taro Aso")),
            new CreateActor(new Actor("council", ActorKind.Organization, "Security Council", ["UNSC"], "The council")),
            new CreateSource(Src("report-1", Day(2020, 3, 1))),
            new CreateSource(Src("report-2", Day(2021, 6, 15))),
            new CreateDraft(new Draft("draft-a", DraftKind.Resolution, "Alpha resolution", "council", "First")),
            new CreateDraft(new Draft("draft-b", DraftKind.Proposal, "Beta proposal", null, null)),
            new CreateAlliance(new Alliance("g4", AllianceKind.NegotiatingForum, "Group of Four", "G4")),
        ]);
    }

    // ---- Create and read each kind ----

    [SkippableFact]
    public async Task Creates_and_reads_every_kind_of_node()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreateStatement(Said("st-1", "taro-aso", "We support reform.", "report-1", Day(2020, 2, 1), "draft-a", "japan"))]);

        var actors = await Store.GetActorsAsync(["japan", "council", "nobody"]);
        Assert.Equal(["council", "japan"], actors.Select(a => a.Id).Order());
        var japan = actors.Single(a => a.Id == "japan");
        Assert.Equal(ActorKind.State, japan.Kind);
        Assert.Equal("Japan", japan.Name);
        Assert.Equal(["Nippon", "日本", "Dai \"Nippon\" \\ Teikoku"], japan.Aliases);
        Assert.Null(japan.Description);
        Assert.Equal("The council", actors.Single(a => a.Id == "council").Description);

        var source = Assert.Single(await Store.GetSourcesAsync(["report-1"]));
        Assert.Equal(Src("report-1", Day(2020, 3, 1)), source);

        var drafts = await Store.GetDraftsAsync(["draft-a", "draft-b"]);
        Assert.Equal(new Draft("draft-a", DraftKind.Resolution, "Alpha resolution", "council", "First"), drafts.Single(d => d.Id == "draft-a"));
        Assert.Equal(new Draft("draft-b", DraftKind.Proposal, "Beta proposal", null, null), drafts.Single(d => d.Id == "draft-b"));

        Assert.Equal(new Alliance("g4", AllianceKind.NegotiatingForum, "Group of Four", "G4"), Assert.Single(await Store.GetAlliancesAsync(["g4"])));

        var statement = Assert.Single(await Store.GetStatementsAsync(["st-1"]));
        Assert.Equal("taro-aso", statement.SpeakerId);
        Assert.Equal(Day(2020, 2, 1), statement.Date);
        Assert.Equal(Day(2020, 3, 1), statement.ReportedOn);
        Assert.Equal(StatementKind.Quote, statement.Kind);
        Assert.Equal("We support reform.", statement.Text);
        Assert.Equal("report-1", statement.SourceId);
        Assert.Equal(["draft-a", "japan"], statement.AboutIds);

        var labels = await Store.GetLabelsAsync(["japan", "report-1", "draft-a", "g4", "st-1", "missing"]);
        Assert.Equal(5, labels.Count);
        Assert.Equal(NodeLabel.Actor, labels["japan"]);
        Assert.Equal(NodeLabel.Source, labels["report-1"]);
        Assert.Equal(NodeLabel.Draft, labels["draft-a"]);
        Assert.Equal(NodeLabel.Alliance, labels["g4"]);
        Assert.Equal(NodeLabel.Statement, labels["st-1"]);
    }

    [SkippableFact]
    public async Task Empty_batches_read_nothing()
    {
        Assert.Empty(await Store.GetActorsAsync([]));
        Assert.Empty(await Store.GetLabelsAsync([]));
        Assert.Empty(await Store.GetEdgesAsync([]));
        Assert.Empty(await Store.FindStatementsBySpeakersAsync([], new StatementFilter(), new PageRequest(10, null)));
        await Store.ApplyAsync([]);
    }

    [SkippableFact]
    public async Task Statement_without_a_date_is_dated_by_its_source()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreateStatement(Said("st-1", "japan", "Undated words", "report-2"))]);
        var statement = Assert.Single(await Store.GetStatementsAsync(["st-1"]));
        Assert.Null(statement.Date);
        Assert.Equal(Day(2021, 6, 15), statement.EffectiveDate);
    }

    [SkippableFact]
    public async Task Updates_overwrite_fields()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new UpdateActor(new Actor("japan", ActorKind.State, "Japan (State of)", ["JP"], "Island nation")),
            new UpdateDraft(new Draft("draft-b", DraftKind.Resolution, "Beta resolution", "council", "Now a resolution")),
            new UpdateAlliance(new Alliance("g4", AllianceKind.Coalition, "G4 nations", null)),
        ]);
        var japan = (await Store.GetActorsAsync(["japan"]))[0];
        Assert.Equal(("Japan (State of)", "Island nation"), (japan.Name, japan.Description));
        Assert.Equal(["JP"], japan.Aliases);
        Assert.Equal(new Draft("draft-b", DraftKind.Resolution, "Beta resolution", "council", "Now a resolution"), (await Store.GetDraftsAsync(["draft-b"]))[0]);
        Assert.Equal(new Alliance("g4", AllianceKind.Coalition, "G4 nations", null), (await Store.GetAlliancesAsync(["g4"]))[0]);
    }

    [SkippableFact]
    public async Task Update_of_a_missing_node_is_not_found()
    {
        await SeedBasicsAsync();
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new UpdateActor(State("atlantis", "Atlantis"))]));
        Assert.Equal(ErrorCodes.NotFound, e.Code);
        Assert.Contains("'atlantis'", e.Message);

        // An id of another label is not an actor either.
        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new UpdateActor(State("draft-a", "Draft?"))]));
        Assert.Equal(ErrorCodes.NotFound, e.Code);

        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new UpdateDraft(new Draft("nope", DraftKind.Proposal, "x", null, null))]));
        Assert.Equal(ErrorCodes.NotFound, e.Code);
        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new UpdateAlliance(new Alliance("nope", AllianceKind.Coalition, "x", null))]));
        Assert.Equal(ErrorCodes.NotFound, e.Code);
    }

    // ---- Ids, duplicates, atomicity ----

    [SkippableFact]
    public async Task Duplicate_id_across_labels_is_refused_and_names_the_existing_label()
    {
        await SeedBasicsAsync();
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new CreateActor(State("draft-a", "Clash"))]));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code);
        Assert.Contains("'draft-a'", e.Message);
        Assert.Contains("a draft", e.Message);
        Assert.Equal(NodeLabel.Draft, (await Store.GetLabelsAsync(["draft-a"]))["draft-a"]);
    }

    [SkippableFact]
    public async Task A_failing_batch_writes_nothing()
    {
        await SeedBasicsAsync();
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new CreateActor(State("germany", "Germany")),
            new CreateAlliance(new Alliance("eu", AllianceKind.Coalition, "European Union", null)),
            new CreateDraft(new Draft("japan", DraftKind.Proposal, "Clash", null, null)), // id taken by an actor
            new CreateActor(State("italy", "Italy")),
        ]));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code);
        Assert.Contains("an actor", e.Message);
        Assert.Empty(await Store.GetLabelsAsync(["germany", "eu", "italy"]));
        Assert.Equal(NodeLabel.Actor, (await Store.GetLabelsAsync(["japan"]))["japan"]);
    }

    [SkippableFact]
    public async Task A_missing_reference_is_bad_input_and_writes_nothing()
    {
        await SeedBasicsAsync();
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new CreateActor(State("germany", "Germany")),
            new CreateStatement(Said("st-x", "ghost", "Boo", "report-1")),
        ]));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("st-x", e.Message);
        Assert.DoesNotContain("INSERT", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SELECT", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await Store.GetLabelsAsync(["germany", "st-x"]));

        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new CreatePosition(new Position("pos-x", "japan", "draft-a", Stance.Backs, null, null, [Cite("no-such-source")])),
        ]));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Empty(await Store.GetPositionsAsync(new FactFilter(FactIds: ["pos-x"])));
    }

    [SkippableFact]
    public async Task Duplicate_fact_id_is_refused()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreatePosition(new Position("fact-1", "japan", "draft-a", Stance.Backs, null, null, [Cite("report-1")]))]);
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new CreateMembership(new Membership("fact-1", "japan", "g4", null, null, [Cite("report-1")])),
        ]));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code);
        Assert.Contains("position", e.Message);
        Assert.Empty(await Store.GetMembershipsAsync(new FactFilter(FactIds: ["fact-1"])));
    }

    [SkippableFact]
    public async Task SkipExisting_is_idempotent_and_never_overwrites()
    {
        await SeedBasicsAsync();
        GraphWrite[] seed =
        [
            new CreateActor(State("japan", "Overwritten?"), CreateMode.SkipExisting),
            new CreateActor(State("germany", "Germany"), CreateMode.SkipExisting),
            new CreateStatement(Said("st-1", "germany", "Hello", "report-1"), CreateMode.SkipExisting),
            new CreatePosition(new Position("pos-1", "germany", "draft-a", Stance.Backs, null, null, [Cite("report-1")]), CreateMode.SkipExisting),
            new CreateMembership(new Membership("mem-1", "germany", "g4", null, null, [Cite("report-1")]), CreateMode.SkipExisting),
            new CreateRole(new Role("role-1", "taro-aso", "japan", "Minister", null, null, [Cite("report-1")]), CreateMode.SkipExisting),
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.Proposed, null, Cite("report-1"))),
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.Adopted, Day(2020, 5, 1), Cite("report-1"))),
            new AddDraftRelation(new DraftRelation("draft-b", DraftRelationKind.Revises, "draft-a", Cite("report-1"))),
        ];
        await Store.ApplyAsync(seed);
        await Store.ApplyAsync(seed);

        Assert.Equal("Japan", (await Store.GetActorsAsync(["japan"]))[0].Name);
        Assert.Single(await Store.GetStatementsAsync(["st-1"]));
        Assert.Single(await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["germany"])));
        Assert.Single(await Store.GetMembershipsAsync(new FactFilter(SubjectIds: ["germany"])));
        Assert.Single(await Store.GetRolesAsync(new FactFilter(SubjectIds: ["taro-aso"])));
        Assert.Equal(2, (await Store.GetDraftStatusHistoryAsync(["draft-a"])).Count);
        Assert.Single(await Store.GetDraftRelationsAsync(["draft-a"]));
        var found = await Store.FindStatementsAsync(new StatementFilter(Search: "hello"), new PageRequest(10, null));
        Assert.Equal(1, found.TotalCount);
    }

    // ---- Dated facts ----

    [SkippableFact]
    public async Task Positions_filter_by_subject_object_stance_and_date_and_end()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreatePosition(new Position("pos-early", "japan", "draft-a", Stance.Sponsors, Day(2020, 1, 1), Day(2020, 6, 1), [Cite("report-1")])),
            new CreatePosition(new Position("pos-late", "japan", "draft-a", Stance.Opposes, Day(2020, 6, 1), null, [Cite("report-2")])),
            new CreatePosition(new Position("pos-open", "france", "draft-b", Stance.Backs, null, null, [Cite("report-1")])),
        ]);

        Assert.Equal(["pos-early", "pos-late"], (await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"]))).Select(p => p.Id));
        Assert.Equal(["pos-open"], (await Store.GetPositionsAsync(new FactFilter(ObjectIds: ["draft-b"]))).Select(p => p.Id));
        Assert.Equal(["pos-late"], (await Store.GetPositionsAsync(new FactFilter(), Stance.Opposes)).Select(p => p.Id));
        Assert.Equal(["pos-early"], (await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"], AsOf: Day(2020, 5, 31)))).Select(p => p.Id));
        // The end date is the first day a fact no longer holds.
        Assert.Equal(["pos-late"], (await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"], AsOf: Day(2020, 6, 1)))).Select(p => p.Id));
        Assert.Empty(await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"], AsOf: Day(2019, 12, 31))));
        Assert.Equal(["pos-open"], (await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["france"], AsOf: Day(1900, 1, 1)))).Select(p => p.Id));

        var early = Assert.Single(await Store.GetPositionsAsync(new FactFilter(FactIds: ["pos-early"])));
        Assert.Equal(new Position("pos-early", "japan", "draft-a", Stance.Sponsors, Day(2020, 1, 1), Day(2020, 6, 1), []) with { Evidence = early.Evidence }, early);
        Assert.Equal([Cite("report-1")], early.Evidence);

        await Store.ApplyAsync([new EndFact("pos-late", Day(2021, 1, 1))]);
        Assert.Equal(Day(2021, 1, 1), (await Store.GetPositionsAsync(new FactFilter(FactIds: ["pos-late"])))[0].Until);
        Assert.Empty(await Store.GetPositionsAsync(new FactFilter(SubjectIds: ["japan"], AsOf: Day(2021, 1, 1))));
    }

    [SkippableFact]
    public async Task Memberships_and_roles_filter_by_date_and_end()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateMembership(new Membership("mem-japan", "japan", "g4", Day(2004, 9, 21), null, [Cite("report-1")])),
            new CreateMembership(new Membership("mem-france", "france", "g4", null, Day(2010, 1, 1), [Cite("report-1")])),
            new CreateRole(new Role("role-aso", "taro-aso", "japan", "Foreign Minister", Day(2005, 10, 31), Day(2007, 8, 27), [Cite("report-2")])),
        ]);

        Assert.Equal(["mem-france", "mem-japan"], (await Store.GetMembershipsAsync(new FactFilter(ObjectIds: ["g4"]))).Select(m => m.Id));
        Assert.Equal(["mem-france"], (await Store.GetMembershipsAsync(new FactFilter(ObjectIds: ["g4"], AsOf: Day(2004, 1, 1)))).Select(m => m.Id));
        Assert.Equal(["mem-japan"], (await Store.GetMembershipsAsync(new FactFilter(ObjectIds: ["g4"], AsOf: Day(2010, 1, 1)))).Select(m => m.Id));
        var membership = Assert.Single(await Store.GetMembershipsAsync(new FactFilter(SubjectIds: ["japan"])));
        Assert.Equal("g4", membership.AllianceId);
        Assert.Equal(Day(2004, 9, 21), membership.Since);

        var role = Assert.Single(await Store.GetRolesAsync(new FactFilter(ObjectIds: ["japan"], AsOf: Day(2006, 1, 1))));
        Assert.Equal(("taro-aso", "japan", "Foreign Minister"), (role.PersonId, role.RepresentsId, role.Title));
        Assert.Empty(await Store.GetRolesAsync(new FactFilter(SubjectIds: ["taro-aso"], AsOf: Day(2007, 8, 27))));

        await Store.ApplyAsync([new EndFact("mem-japan", Day(2020, 1, 1))]);
        Assert.Empty(await Store.GetMembershipsAsync(new FactFilter(SubjectIds: ["japan"], AsOf: Day(2020, 1, 1))));
        Assert.Single(await Store.GetMembershipsAsync(new FactFilter(SubjectIds: ["japan"], AsOf: Day(2019, 12, 31))));

        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new EndFact("no-such-fact", Day(2020, 1, 1))]));
        Assert.Equal(ErrorCodes.NotFound, e.Code);
    }

    [SkippableFact]
    public async Task Evidence_keeps_its_order()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreateStatement(Said("st-1", "japan", "We back it", "report-2"))]);
        Evidence[] evidence = [Cite("report-2", "st-1", "We back it"), Cite("report-1"), Cite("report-2", null, "second mention")];
        await Store.ApplyAsync([
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Backs, null, null, evidence)),
            new CreateMembership(new Membership("mem-1", "japan", "g4", null, null, [.. evidence.Reverse()])),
            new CreateRole(new Role("role-1", "taro-aso", "japan", "Minister", null, null, evidence)),
        ]);
        Assert.Equal(evidence, (await Store.GetPositionsAsync(new FactFilter(FactIds: ["pos-1"])))[0].Evidence);
        Assert.Equal(evidence.Reverse(), (await Store.GetMembershipsAsync(new FactFilter(FactIds: ["mem-1"])))[0].Evidence);
        Assert.Equal(evidence, (await Store.GetRolesAsync(new FactFilter(FactIds: ["role-1"])))[0].Evidence);
    }

    [SkippableFact]
    public async Task Facts_read_without_their_evidence_are_the_same_facts_with_it_whole_or_left_out()
    {
        await SeedBasicsAsync();
        Evidence[] evidence = [Cite("report-1", null, "first"), Cite("report-2")];
        await Store.ApplyAsync([
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Backs, Day(2020, 1, 1), null, evidence)),
            new CreatePosition(new Position("pos-2", "france", "draft-a", Stance.Opposes, null, null, [Cite("report-2")])),
        ]);
        var whole = await Store.GetPositionsAsync(new FactFilter(ObjectIds: ["draft-a"]));
        var without = await Store.GetPositionsAsync(new FactFilter(ObjectIds: ["draft-a"], WithEvidence: false));
        Assert.Equal(whole.Select(p => p with { Evidence = [] }), without.Select(p => p with { Evidence = [] }));
        Assert.All(without.Zip(whole), pair => Assert.True(pair.First.Evidence.Count == 0 || pair.First.Evidence.SequenceEqual(pair.Second.Evidence)));
        Assert.Equal(evidence, whole.Single(p => p.Id == "pos-1").Evidence);
    }

    // ---- Drafts' history and relations ----

    [SkippableFact]
    public async Task Draft_history_is_ordered_and_relations_seen_from_both_ends()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.Adopted, Day(2020, 5, 1), Cite("report-2"))),
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.PutToVote, Day(2020, 5, 1), Cite("report-2"))),
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.Circulated, Day(2020, 4, 1), Cite("report-1", null, "circulated"))),
            new AddDraftStatus(new DraftStatusChange("draft-a", DraftStatus.Proposed, null, Cite("report-1"))),
            new AddDraftRelation(new DraftRelation("draft-b", DraftRelationKind.AlternativeTo, "draft-a", Cite("report-1"))),
        ]);
        var history = await Store.GetDraftStatusHistoryAsync(["draft-a"]);
        Assert.Equal([DraftStatus.Proposed, DraftStatus.Circulated, DraftStatus.PutToVote, DraftStatus.Adopted], history.Select(h => h.Status));
        Assert.Equal(Cite("report-1", null, "circulated"), history[1].Evidence);
        Assert.Empty(await Store.GetDraftStatusHistoryAsync(["draft-b"]));

        var relation = Assert.Single(await Store.GetDraftRelationsAsync(["draft-a"]));
        Assert.Equal(new DraftRelation("draft-b", DraftRelationKind.AlternativeTo, "draft-a", Cite("report-1")), relation);
        Assert.Single(await Store.GetDraftRelationsAsync(["draft-b"]));
        Assert.Single(await Store.GetDraftRelationsAsync(["draft-a", "draft-b"]));
    }

    // ---- Searches and paging ----

    [SkippableFact]
    public async Task Finds_actors_by_name_or_alias_case_insensitively()
    {
        await SeedBasicsAsync();
        Assert.Equal(["japan"], (await Store.FindActorsAsync(new ActorFilter(Search: "nipp"), new PageRequest(10, null))).Items.Select(a => a.Id));
        Assert.Equal(["japan"], (await Store.FindActorsAsync(new ActorFilter(Search: "JAPAN"), new PageRequest(10, null))).Items.Select(a => a.Id));
        Assert.Equal(["japan"], (await Store.FindActorsAsync(new ActorFilter(Search: "日本"), new PageRequest(10, null))).Items.Select(a => a.Id));
        Assert.Equal(["council"], (await Store.FindActorsAsync(new ActorFilter(Search: "unsc"), new PageRequest(10, null))).Items.Select(a => a.Id));
        Assert.Equal(["france", "japan"],
            (await Store.FindActorsAsync(new ActorFilter(Kind: ActorKind.State), new PageRequest(10, null))).Items.Select(a => a.Id));
        // LIKE's wildcards are plain characters in a search.
        Assert.Empty((await Store.FindActorsAsync(new ActorFilter(Search: "%"), new PageRequest(10, null))).Items);
        Assert.Empty((await Store.FindActorsAsync(new ActorFilter(Search: "_"), new PageRequest(10, null))).Items);

        var all = await Store.FindActorsAsync(new ActorFilter(), new PageRequest(10, null));
        Assert.Equal(["France", "Japan", "Security Council", "Taro Aso"], all.Items.Select(a => a.Name));
        Assert.Equal(4, all.TotalCount);
    }

    [SkippableFact]
    public async Task Finds_drafts_alliances_and_sources()
    {
        await SeedBasicsAsync();
        Assert.Equal(["draft-a", "draft-b"], (await Store.FindDraftsAsync(new DraftFilter(), new PageRequest(10, null))).Items.Select(d => d.Id));
        Assert.Equal(["draft-a"], (await Store.FindDraftsAsync(new DraftFilter(ForumId: "council"), new PageRequest(10, null))).Items.Select(d => d.Id));
        Assert.Equal(["draft-b"], (await Store.FindDraftsAsync(new DraftFilter(Kind: DraftKind.Proposal), new PageRequest(10, null))).Items.Select(d => d.Id));
        Assert.Equal(["draft-a"], (await Store.FindDraftsAsync(new DraftFilter(Search: "ALPHA"), new PageRequest(10, null))).Items.Select(d => d.Id));
        Assert.Equal(["g4"], (await Store.FindAlliancesAsync(new AllianceFilter(Search: "four"), new PageRequest(10, null))).Items.Select(a => a.Id));
        Assert.Empty((await Store.FindAlliancesAsync(new AllianceFilter(Kind: AllianceKind.Coalition), new PageRequest(10, null))).Items);
        var sources = await Store.FindSourcesAsync(new PageRequest(10, null));
        Assert.Equal(["report-1", "report-2"], sources.Items.Select(s => s.Id));
        Assert.Equal(2, sources.TotalCount);
    }

    [SkippableFact]
    public async Task Pages_by_offset_with_the_total()
    {
        await SeedBasicsAsync();
        var actors = Enumerable.Range(1, 25).Select(i => new CreateActor(Person($"p-{i:D2}", $"Person {i:D2}"))).ToList();
        await Store.ApplyAsync(actors);
        var filter = new ActorFilter(Kind: ActorKind.Person, Search: "person");

        var first = await Store.FindActorsAsync(filter, PageRequest.Of(10, null));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"p-{i:D2}"), first.Items.Select(a => a.Id));
        Assert.Equal(25, first.TotalCount);
        Assert.Equal(0, first.Offset);
        Assert.True(first.HasNextPage);

        var third = await Store.FindActorsAsync(filter, PageRequest.Of(10, first.CursorAt(19)));
        Assert.Equal(20, third.Offset);
        Assert.Equal(Enumerable.Range(21, 5).Select(i => $"p-{i:D2}"), third.Items.Select(a => a.Id));
        Assert.Equal(25, third.TotalCount);
        Assert.False(third.HasNextPage);

        var beyond = await Store.FindActorsAsync(filter, PageRequest.Of(10, Cursors.Encode(99)));
        Assert.Empty(beyond.Items);
        Assert.Equal(25, beyond.TotalCount);

        var none = await Store.FindActorsAsync(filter, PageRequest.Of(0, null));
        Assert.Empty(none.Items);
        Assert.Equal(25, none.TotalCount);
    }

    /// <summary>Three speakers: japan with 5 statements (one undated, dated by its source), france with 1, taro-aso none.</summary>
    private async Task SeedStatementsAsync()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateStatement(Said("j-1", "japan", "Reform of the council is overdue.", "report-1", Day(2020, 1, 10), "council")),
            new CreateStatement(Said("j-2", "japan", "We sponsor the Alpha resolution.", "report-1", Day(2020, 2, 10), "draft-a")),
            new CreateStatement(Said("j-3", "japan", "Veto power must be limited; reform now!", "report-2", null, "council")), // 2021-06-15
            new CreateStatement(Said("j-4", "japan", "The G4 stands together on reform.", "report-1", Day(2020, 3, 1), "g4", "council")),
            new CreateStatement(Said("j-5", "japan", "Nothing about that today.", "report-2", Day(2019, 12, 31))),
            new CreateStatement(Said("f-1", "france", "La réforme du Conseil est nécessaire: reform!", "report-2", Day(2021, 1, 1), "council")),
        ]);
    }

    [SkippableFact]
    public async Task Finds_statements_by_speaker_subject_dates_and_words()
    {
        await SeedStatementsAsync();
        var all = await Store.FindStatementsAsync(new StatementFilter(), new PageRequest(100, null));
        Assert.Equal(["j-3", "f-1", "j-4", "j-2", "j-1", "j-5"], all.Items.Select(s => s.Id));
        Assert.Equal(6, all.TotalCount);

        Assert.Equal(["j-3", "j-4", "j-2", "j-1", "j-5"],
            (await Store.FindStatementsAsync(new StatementFilter(SpeakerId: "japan"), new PageRequest(100, null))).Items.Select(s => s.Id));
        Assert.Equal(["j-3", "f-1", "j-4", "j-1"],
            (await Store.FindStatementsAsync(new StatementFilter(AboutId: "council"), new PageRequest(100, null))).Items.Select(s => s.Id));
        // Inclusive at both ends, on the effective date.
        Assert.Equal(["j-3", "f-1"],
            (await Store.FindStatementsAsync(new StatementFilter(From: Day(2021, 1, 1), To: Day(2021, 6, 15)), new PageRequest(100, null))).Items.Select(s => s.Id));
        Assert.Equal(["j-4", "j-2", "j-1"],
            (await Store.FindStatementsAsync(new StatementFilter(From: Day(2020, 1, 10), To: Day(2020, 3, 1)), new PageRequest(100, null))).Items.Select(s => s.Id));

        var reform = await Store.FindStatementsAsync(new StatementFilter(Search: "Reform"), new PageRequest(100, null));
        Assert.Equal(["j-3", "f-1", "j-4", "j-1"], reform.Items.Select(s => s.Id));
        Assert.Equal(["j-4", "j-1"],
            (await Store.FindStatementsAsync(new StatementFilter(SpeakerId: "japan", AboutId: "council", Search: "reform", To: Day(2021, 1, 1)),
                new PageRequest(100, null))).Items.Select(s => s.Id));
        // All words must occur, in any order.
        Assert.Equal(["j-3"], (await Store.FindStatementsAsync(new StatementFilter(Search: "reform veto"), new PageRequest(100, null))).Items.Select(s => s.Id));
        Assert.Equal(["f-1"], (await Store.FindStatementsAsync(new StatementFilter(Search: "réforme"), new PageRequest(100, null))).Items.Select(s => s.Id));
        Assert.Empty((await Store.FindStatementsAsync(new StatementFilter(Search: "reform banana"), new PageRequest(100, null))).Items);
        Assert.Equal(6, (await Store.FindStatementsAsync(new StatementFilter(Search: "   "), new PageRequest(100, null))).TotalCount);
        // Words as people write them: by their stems, by their beginnings, and phrases in quotes.
        async Task<IEnumerable<string>> Found(string search) =>
            (await Store.FindStatementsAsync(new StatementFilter(Search: search), new PageRequest(100, null))).Items.Select(s => s.Id);
        Assert.Equal(["j-3", "f-1", "j-4", "j-1"], await Found("reforms"));
        Assert.Equal(["j-3"], await Found("limits"));
        Assert.Equal(["j-2"], await Found("sponsored resolutions"));
        Assert.Equal(["j-1"], await Found("overd*"));
        Assert.Equal(["j-2"], await Found("Resol*"));
        Assert.Equal(["j-3"], await Found("\"veto power\""));
        Assert.Empty(await Found("\"power veto\""));
        Assert.Equal(["j-3"], await Found("\"reform now\" veto"));
        Assert.Empty(await Found("\"council reform\""));
        Assert.Equal(["f-1"], await Found("\"réforme du\""));

        var paged = await Store.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(2, Cursors.Encode(1)));
        Assert.Equal(["j-4", "j-1"], paged.Items.Select(s => s.Id));
        Assert.Equal(4, paged.TotalCount);
    }

    [SkippableTheory]
    [InlineData("\"; DROP TABLE statement; --")]
    [InlineData("'")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("a\" OR \"b")]
    [InlineData("reform*")]
    [InlineData("reform AND NOT veto")]
    [InlineData("text:reform")]
    [InlineData("^reform")]
    [InlineData("(reform")]
    [InlineData("\"\"\"")]
    [InlineData("' OR 1=1 --")]
    [InlineData("%_\\")]
    public async Task Hostile_searches_never_throw(string search)
    {
        await SeedStatementsAsync();
        var page = await Store.FindStatementsAsync(new StatementFilter(Search: search), new PageRequest(100, null));
        Assert.True(page.TotalCount >= 0);
        Assert.Equal(page.TotalCount, page.Items.Count);
        await Store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(Search: search), new PageRequest(10, null));
        await Store.FindActorsAsync(new ActorFilter(Search: search), new PageRequest(10, null));
        await Store.FindDraftsAsync(new DraftFilter(Search: search), new PageRequest(10, null));
        await Store.FindAlliancesAsync(new AllianceFilter(Search: search), new PageRequest(10, null));
        // Nothing was dropped.
        Assert.Equal(6, (await Store.FindStatementsAsync(new StatementFilter(), new PageRequest(1, null))).TotalCount);
    }

    [SkippableFact]
    public async Task Search_words_are_words_not_operators()
    {
        await SeedStatementsAsync();
        // "reform*" is the word reform, "reform AND NOT veto" requires all three words (none has "and"/"not" with veto).
        Assert.Equal(4, (await Store.FindStatementsAsync(new StatementFilter(Search: "reform*"), new PageRequest(100, null))).TotalCount);
        Assert.Equal(0, (await Store.FindStatementsAsync(new StatementFilter(Search: "reform AND NOT veto"), new PageRequest(100, null))).TotalCount);
        Assert.Equal(["j-3"], (await Store.FindStatementsAsync(new StatementFilter(Search: "veto: power!"), new PageRequest(100, null))).Items.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task Finds_a_page_of_statements_per_speaker()
    {
        await SeedStatementsAsync();
        var pages = await Store.FindStatementsBySpeakersAsync(["japan", "france", "taro-aso", "nobody"], new StatementFilter(), new PageRequest(2, null));
        Assert.Equal(["france", "japan", "nobody", "taro-aso"], pages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["j-3", "j-4"], pages["japan"].Items.Select(s => s.Id));
        Assert.Equal(5, pages["japan"].TotalCount);
        Assert.Equal(["f-1"], pages["france"].Items.Select(s => s.Id));
        Assert.Equal(1, pages["france"].TotalCount);
        Assert.Empty(pages["taro-aso"].Items);
        Assert.Equal(0, pages["taro-aso"].TotalCount);
        Assert.Equal(0, pages["nobody"].TotalCount);

        var second = await Store.FindStatementsBySpeakersAsync(["japan", "france"], new StatementFilter(), new PageRequest(2, Cursors.Encode(1)));
        Assert.Equal(["j-2", "j-1"], second["japan"].Items.Select(s => s.Id));
        Assert.Equal(2, second["japan"].Offset);
        Assert.Equal(5, second["japan"].TotalCount);
        Assert.Empty(second["france"].Items);
        Assert.Equal(1, second["france"].TotalCount); // the total survives a page past the end

        var filtered = await Store.FindStatementsBySpeakersAsync(["japan", "france"], new StatementFilter(AboutId: "council", Search: "reform"), new PageRequest(10, null));
        Assert.Equal(["j-3", "j-4", "j-1"], filtered["japan"].Items.Select(s => s.Id));
        Assert.Equal(["f-1"], filtered["france"].Items.Select(s => s.Id));
        Assert.Equal(["council"], filtered["france"].Items[0].AboutIds);

        var none = await Store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(), new PageRequest(0, null));
        Assert.Empty(none["japan"].Items);
        Assert.Equal(5, none["japan"].TotalCount);
    }

    // ---- Extractions ----

    protected static Extraction Read(string subject, string source, int start, string text, bool created = false, double confidence = 0.9) =>
        new(subject, source, start, text.Length, text, confidence, "test-rule", created);

    [SkippableFact]
    public async Task Extractions_are_read_back_by_subject_and_by_source_in_source_then_offset_order()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([new CreateStatement(Said("st-1", "taro-aso", "We support reform.", "report-1"))]);
        var asoLate = Read("taro-aso", "report-1", 40, "Aso");
        var asoEarly = Read("taro-aso", "report-1", 3, "Taro Aso");
        var asoOther = Read("taro-aso", "report-2", 0, "Mr Aso");
        var statement = Read("st-1", "report-1", 50, "We support reform.", created: true, confidence: 1);
        var japan = Read("japan", "report-2", 7, "Tokyo", confidence: 0);
        await Store.ApplyAsync([.. new[] { asoLate, statement, japan, asoOther, asoEarly }.Select(x => new RecordExtraction(x))]);

        Assert.Equal([asoEarly, asoLate, asoOther], await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["taro-aso"])));
        Assert.Equal([asoEarly, asoLate, statement], await Store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-1"])));
        // Both filters at once: all the subjects and sources asked for in one call, each narrowing the other.
        Assert.Equal([asoEarly, asoLate, statement],
            await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["taro-aso", "st-1", "japan", "nobody"], SourceIds: ["report-1"])));
        Assert.Equal([asoOther, japan], await Store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-2"])));
        Assert.Equal([asoEarly, asoLate, statement, asoOther, japan], await Store.GetExtractionsAsync(new ExtractionFilter()));
        Assert.Empty(await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: [])));
        Assert.Empty(await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"], SourceIds: ["report-1"])));
    }

    [SkippableFact]
    public async Task Recording_an_extraction_twice_adds_nothing()
    {
        await SeedBasicsAsync();
        var first = Read("japan", "report-1", 10, "Japan");
        await Store.ApplyAsync([new RecordExtraction(first), new RecordExtraction(first)]);
        // The same subject, source and span again, even with other details, is the one already held.
        await Store.ApplyAsync([new RecordExtraction(first with { Confidence = 0.2, Rule = "other", Created = true })]);
        Assert.Equal([first], await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"])));
        // Another span of the same subject in the same source is another extraction.
        await Store.ApplyAsync([new RecordExtraction(first with { Length = 3, Text = "Jap" })]);
        Assert.Equal(2, (await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"]))).Count);
    }

    [SkippableFact]
    public async Task An_extraction_of_a_missing_subject_is_not_found_and_the_batch_writes_nothing()
    {
        await SeedBasicsAsync();
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new CreateActor(State("germany", "Germany")),
            new RecordExtraction(Read("germany", "report-1", 0, "Germany")),
            new RecordExtraction(Read("atlantis", "report-1", 9, "Atlantis")),
        ]));
        Assert.Equal(ErrorCodes.NotFound, e.Code);
        Assert.Contains("'atlantis'", e.Message);
        Assert.Empty(await Store.GetLabelsAsync(["germany"]));
        Assert.Empty(await Store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-1"])));

        // A missing source is a missing reference, as for any other write.
        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new RecordExtraction(Read("japan", "no-such-report", 0, "Japan"))]));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("'no-such-report'", e.Message);
        Assert.Empty(await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"])));
    }

    [SkippableTheory]
    [InlineData(1.5, 0, 1, "confidence")]
    [InlineData(-0.1, 0, 1, "confidence")]
    [InlineData(double.NaN, 0, 1, "confidence")]
    [InlineData(0.5, -1, 1, "start")]
    [InlineData(0.5, 0, -1, "length")]
    public async Task An_extraction_out_of_range_is_bad_input_naming_the_field(double confidence, int start, int length, string field)
    {
        await SeedBasicsAsync();
        var e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new RecordExtraction(new Extraction("japan", "report-1", start, length, "Japan", confidence, "test-rule", false))]));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains(field, e.Message);
        Assert.Empty(await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"])));

        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new RecordExtraction(new Extraction("japan", "report-1", 0, 5, null!, 0.5, "test-rule", false))]));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("text", e.Message);
        e = await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([
            new RecordExtraction(new Extraction("japan", "report-1", 0, 5, "Japan", 0.5, null!, false))]));
        Assert.Contains("rule", e.Message);
    }

    [SkippableFact]
    public async Task A_position_membership_or_role_can_be_the_subject_of_an_extraction()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Sponsors, null, null, [Cite("report-1")])),
            new CreateMembership(new Membership("mem-1", "japan", "g4", null, null, [Cite("report-1")])),
            new CreateRole(new Role("role-1", "taro-aso", "japan", "Minister", null, null, [Cite("report-1")])),
        ]);
        var position = Read("pos-1", "report-1", 0, "Japan tabled the draft", created: true);
        var membership = Read("mem-1", "report-1", 30, "Japan, a G4 member");
        var role = Read("role-1", "report-1", 60, "Foreign Minister Taro Aso", created: true);
        await Store.ApplyAsync([new RecordExtraction(role), new RecordExtraction(position), new RecordExtraction(membership)]);
        Assert.Equal([position, membership, role], await Store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["pos-1", "mem-1", "role-1"])));
    }

    // ---- Edges ----

    [SkippableFact]
    public async Task Edges_touch_the_given_nodes_in_their_stored_direction()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateStatement(Said("st-1", "taro-aso", "On the draft", "report-1", null, "draft-a") with { ViaId = "france" }),
            new CreateRole(new Role("role-1", "taro-aso", "japan", "Minister", null, Day(2009, 1, 1), [Cite("report-1")])),
            new CreateRole(new Role("role-2", "taro-aso", "japan", "Prime Minister", Day(2009, 1, 1), null, [Cite("report-1")])),
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Sponsors, null, null, [Cite("report-1", "st-1")])),
            new CreatePosition(new Position("pos-2", "france", "draft-a", Stance.Opposes, null, Day(2020, 1, 1), [Cite("report-1")])),
            new CreateMembership(new Membership("mem-1", "japan", "g4", null, null, [Cite("report-1")])),
            new AddDraftRelation(new DraftRelation("draft-b", DraftRelationKind.Revises, "draft-a", Cite("report-1"))),
        ]);

        var edges = await Store.GetEdgesAsync(["draft-a"]);
        Assert.Equal(
            new[]
            {
                new GraphEdge("draft-a", "IN_FORUM", "council"),
                new GraphEdge("draft-b", "REVISES", "draft-a"),
                new GraphEdge("france", "OPPOSES", "draft-a"),
                new GraphEdge("japan", "SPONSORS", "draft-a"),
                new GraphEdge("st-1", "ABOUT", "draft-a"),
            },
            edges.OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal));

        var aso = await Store.GetEdgesAsync(["taro-aso", "japan"]);
        Assert.Contains(new GraphEdge("taro-aso", "MADE", "st-1"), aso);
        Assert.Contains(new GraphEdge("japan", "MEMBER_OF", "g4"), aso);
        Assert.Contains(new GraphEdge("japan", "SPONSORS", "draft-a"), aso);
        // Found from both ends, and held in two roles, it is still one edge.
        Assert.Single(aso, e => e == new GraphEdge("taro-aso", "REPRESENTS", "japan"));
        // Provenance is not an edge: no link to sources, and 'via' is not a relation.
        Assert.Empty(await Store.GetEdgesAsync(["report-1"]));
        Assert.DoesNotContain(await Store.GetEdgesAsync(["france"]), e => e.ToId == "st-1" || e.FromId == "st-1");
    }

    [SkippableFact]
    public async Task Sampled_edges_keep_at_most_the_limit_per_node_and_name_the_nodes_cut()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateStatement(Said("st-1", "japan", "One", "report-1", Day(2020, 1, 1), "draft-a")),
            new CreateStatement(Said("st-2", "japan", "Two", "report-1", Day(2020, 1, 2))),
            new CreateStatement(Said("st-3", "japan", "Three", "report-1", Day(2020, 1, 3))),
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Sponsors, null, null, [Cite("report-1")])),
            new CreateMembership(new Membership("mem-1", "japan", "g4", null, null, [Cite("report-1")])),
        ]);
        var all = await Store.GetEdgesAsync(["japan", "draft-a"]);

        var wide = await Store.SampleEdgesAsync(["japan", "draft-a"], 100);
        Assert.Equal(all.ToHashSet(), wide.Edges.ToHashSet());
        Assert.Empty(wide.CutNodeIds);

        var narrow = await Store.SampleEdgesAsync(["japan", "draft-a"], 2);
        // japan has 5 edges (3 MADE, SPONSORS, MEMBER_OF), draft-a 3 (IN_FORUM, SPONSORS, ABOUT).
        Assert.Equal(["draft-a", "japan"], narrow.CutNodeIds.Order(StringComparer.Ordinal));
        Assert.Subset(all.ToHashSet(), narrow.Edges.ToHashSet());
        Assert.InRange(narrow.Edges.Count, 2, 4); // 2 per node, one edge may be kept for both
        Assert.InRange(narrow.Edges.Count(e => e.FromId == "japan" || e.ToId == "japan"), 2, 3);
        Assert.Equal(narrow.Edges.ToHashSet(), (await Store.SampleEdgesAsync(["japan", "draft-a"], 2)).Edges.ToHashSet());
    }

    // ---- Markers, persistence, round trips ----

    [SkippableFact]
    public async Task Markers_are_upserted()
    {
        Assert.Null(await Store.GetMarkerAsync("seed"));
        await Store.ApplyAsync([new SetMarker("seed", "abc")]);
        Assert.Equal("abc", await Store.GetMarkerAsync("seed"));
        await Store.ApplyAsync([new SetMarker("seed", "def")]);
        Assert.Equal("def", await Store.GetMarkerAsync("seed"));
    }

    [SkippableFact]
    public async Task Data_survives_reopening()
    {
        await SeedStatementsAsync();
        await Store.ApplyAsync([
            new CreatePosition(new Position("pos-1", "japan", "draft-a", Stance.Sponsors, Day(2020, 1, 1), null, [Cite("report-1", "j-2")])),
            new SetMarker("seed", "v1"),
        ]);

        var reopened = await ReopenStoreAsync();
        Assert.Equal(StoreHealth.Ready, await reopened.CheckHealthAsync());
        Assert.Equal("Japan", (await reopened.GetActorsAsync(["japan"]))[0].Name);
        Assert.Equal("v1", await reopened.GetMarkerAsync("seed"));
        Assert.Equal([Cite("report-1", "j-2")], (await reopened.GetPositionsAsync(new FactFilter(FactIds: ["pos-1"])))[0].Evidence);
        Assert.Equal(4, (await reopened.FindStatementsAsync(new StatementFilter(Search: "reform"), new PageRequest(10, null))).TotalCount);
        // Reopened, it still refuses taken ids.
        var e = await Assert.ThrowsAsync<GraphException>(() => reopened.ApplyAsync([new CreateActor(State("j-1", "Clash"))]));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code);
    }

    [SkippableFact]
    public async Task Agreement_counts_are_those_of_the_latest_positions_in_the_window()
    {
        await SeedBasicsAsync();
        var random = new Random(7);
        var actors = new[] { "japan", "france", "taro-aso", "council" };
        var drafts = new[] { "draft-a", "draft-b" };
        var days = new DateOnly?[] { null, Day(2019, 1, 1), Day(2020, 1, 1), Day(2021, 1, 1) };
        var stances = Enum.GetValues<Stance>();
        // Several positions per (actor, draft), with undated ones and ties on the day, so "latest" has to break ties by id.
        var writes = new List<GraphWrite>();
        for (var i = 0; i < 40; i++)
        {
            var since = days[random.Next(days.Length)];
            var until = random.Next(3) == 0 && since is { } s ? s.AddDays(200 + random.Next(400)) : (DateOnly?)null;
            writes.Add(new CreatePosition(new Position($"pos-{random.Next(1000):000}-{i}", actors[random.Next(actors.Length)], drafts[random.Next(drafts.Length)],
                stances[random.Next(stances.Length)], since, until, [Cite("report-1")])));
        }
        await Store.ApplyAsync(writes);
        var all = await Store.GetPositionsAsync(new FactFilter());
        foreach (var subset in new[] { null, actors, actors[..2] })
            foreach (var (from, to) in new[] { ((DateOnly?)null, (DateOnly?)null), (Day(2019, 6, 1), Day(2019, 6, 1)), (Day(2020, 1, 1), Day(2021, 12, 31)), (null, Day(2019, 1, 1)) })
            {
                var expected = AgreementCounts.Of(all.Where(p => (subset is null || subset.Contains(p.ActorId)) && Dates.Overlaps(p.Since, p.Until, from, to)).ToList());
                var actual = await Store.GetAgreementsAsync(subset, from, to);
                Assert.Equal(expected.ActorIds, actual.ActorIds);
                Assert.Equal(expected.DraftIds, actual.DraftIds);
                Assert.Equal(expected.Pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal),
                    actual.Pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal));
            }
    }

    [SkippableFact]
    public async Task Agreement_counts_follow_the_next_position_written()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreatePosition(new Position("p-1", "japan", "draft-a", Stance.Backs, Day(2020, 1, 1), null, [Cite("report-1")])),
            new CreatePosition(new Position("p-2", "france", "draft-a", Stance.Backs, Day(2020, 1, 1), null, [Cite("report-1")])),
        ]);
        Assert.Equal((1, 0), (await Store.GetAgreementsAsync(["japan", "france", "taro-aso"], null, null)).Pairs[("france", "japan")]);

        await Store.ApplyAsync([new CreatePosition(new Position("p-3", "france", "draft-a", Stance.Opposes, Day(2021, 1, 1), null, [Cite("report-1")]))]);
        Assert.Equal((0, 1), (await Store.GetAgreementsAsync(["japan", "france", "taro-aso"], null, null)).Pairs[("france", "japan")]);

        await Store.ApplyAsync([
            new CreatePosition(new Position("p-4", "taro-aso", "draft-b", Stance.Backs, null, null, [Cite("report-1")])),
            new CreatePosition(new Position("p-5", "japan", "draft-b", Stance.Sponsors, null, null, [Cite("report-1")])),
        ]);
        var counts = await Store.GetAgreementsAsync(["japan", "france", "taro-aso"], null, null);
        Assert.Equal(["france", "japan", "taro-aso"], counts.ActorIds);
        Assert.Equal(["draft-a", "draft-b"], counts.DraftIds);
        Assert.Equal((1, 0), counts.Pairs[("japan", "taro-aso")]);
        Assert.Equal(2, counts.Pairs.Count);
    }

    // ---- Retraction ----

    private static readonly DateTimeOffset Noon = new(2024, 5, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Japan backs and France opposes draft-a, Japan said two things about it, Aso speaks for Japan, France is in the G4.</summary>
    private async Task SeedFactsAsync()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateStatement(Said("s-keep", "japan", "We back the sanctions.", "report-1", Day(2020, 3, 1), "draft-a")),
            new CreateStatement(Said("s-gone", "japan", "We oppose the sanctions.", "report-1", Day(2020, 3, 2), "draft-a")),
            new CreatePosition(new Position("p-japan", "japan", "draft-a", Stance.Backs, Day(2020, 3, 1), null, [Cite("report-1")])),
            new CreatePosition(new Position("p-france", "france", "draft-a", Stance.Opposes, Day(2020, 3, 1), null, [Cite("report-1")])),
            new CreateMembership(new Membership("m-france", "france", "g4", null, null, [Cite("report-1")])),
            new CreateRole(new Role("r-aso", "taro-aso", "japan", "Foreign Minister", null, null, [Cite("report-1")])),
            new RecordExtraction(new Extraction("p-france", "report-1", 0, 6, "France", 0.9, "test", true)),
        ]);
    }

    private Task RetractAsync(params string[] ids) =>
        Store.ApplyAsync(ids.Select(id => (GraphWrite)new Retract(new Retraction(id, "Misread the report", "Ann (API key)", Noon))).ToList());

    [SkippableFact]
    public async Task A_retraction_is_kept_and_read_back_by_subject()
    {
        await SeedFactsAsync();
        await RetractAsync("p-france", "s-gone");

        var read = await Store.GetRetractionsAsync(["p-france", "s-gone", "p-japan", "nothing"]);
        Assert.Equal([new Retraction("p-france", "Misread the report", "Ann (API key)", Noon), new Retraction("s-gone", "Misread the report", "Ann (API key)", Noon)],
            read.OrderBy(r => r.SubjectId, StringComparer.Ordinal));
        var reopened = await ReopenStoreAsync();
        Assert.Equal(2, (await reopened.GetRetractionsAsync(["p-france", "s-gone"])).Count);
    }

    [SkippableFact]
    public async Task A_retracted_fact_leaves_every_read_by_default_and_is_never_deleted()
    {
        await SeedFactsAsync();
        await RetractAsync("p-france", "m-france", "r-aso", "s-gone");

        Assert.Equal(["p-japan"], (await Store.GetPositionsAsync(new FactFilter(ObjectIds: ["draft-a"]))).Select(p => p.Id));
        Assert.Empty(await Store.GetPositionsAsync(new FactFilter(FactIds: ["p-france"])));
        Assert.Empty(await Store.GetMembershipsAsync(new FactFilter(SubjectIds: ["france"])));
        Assert.Empty(await Store.GetRolesAsync(new FactFilter(ObjectIds: ["japan"])));
        Assert.Equal(["s-keep"], (await Store.FindStatementsAsync(new StatementFilter(), new PageRequest(10, null))).Items.Select(s => s.Id));
        Assert.Equal(["s-keep"], (await Store.FindStatementsAsync(new StatementFilter(Search: "sanctions"), new PageRequest(10, null))).Items.Select(s => s.Id));
        Assert.Equal(1, (await Store.FindStatementsAsync(new StatementFilter(Search: "sanctions"), new PageRequest(10, null))).TotalCount);
        var bySpeaker = (await Store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(), new PageRequest(10, null)))["japan"];
        Assert.Equal(1, bySpeaker.TotalCount);
        Assert.Equal(["s-keep"], bySpeaker.Items.Select(s => s.Id));
        var edges = await Store.GetEdgesAsync(["japan", "france", "draft-a"]);
        Assert.DoesNotContain(edges, e => e.FromId == "france" || e.ToId == "s-gone" || e.FromId == "s-gone" || e.FromId == "taro-aso");
        Assert.Contains(new GraphEdge("japan", "BACKS", "draft-a"), edges);
        var sample = await Store.SampleEdgesAsync(["japan", "france"], 10);
        Assert.DoesNotContain(sample.Edges, e => e.FromId == "france" || e.ToId == "s-gone" || e.FromId == "taro-aso");
        var agreements = await Store.GetAgreementsAsync(null, null, null);
        Assert.Equal(["japan"], agreements.ActorIds);
        Assert.Empty(await Store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-1"])));

        // Kept whole: asked for, each is there as it was, and by id a statement is always found.
        var all = new FactFilter(FactIds: ["p-france", "m-france", "r-aso"], IncludeRetracted: true);
        Assert.Single(await Store.GetPositionsAsync(all));
        Assert.Single(await Store.GetMembershipsAsync(all));
        Assert.Single(await Store.GetRolesAsync(all));
        Assert.Single(await Store.GetStatementsAsync(["s-gone"]));
        Assert.Equal(2, (await Store.FindStatementsAsync(new StatementFilter(IncludeRetracted: true), new PageRequest(10, null))).TotalCount);
        Assert.Equal(2, (await Store.FindStatementsAsync(new StatementFilter(Search: "sanctions", IncludeRetracted: true), new PageRequest(10, null))).TotalCount);
        Assert.Equal(2, (await Store.FindStatementsBySpeakersAsync(["japan"], new StatementFilter(IncludeRetracted: true), new PageRequest(10, null)))["japan"].TotalCount);
        Assert.Single(await Store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ["report-1"], IncludeRetracted: true)));
    }

    [SkippableFact]
    public async Task An_alignment_read_before_a_retraction_does_not_count_it_after()
    {
        await SeedFactsAsync();
        var before = await Store.GetAgreementsAsync(["japan", "france"], null, null); // a store may keep what it read
        Assert.Equal((0, 1), before.Pairs[("france", "japan")]);

        await RetractAsync("p-france");

        var after = await Store.GetAgreementsAsync(["japan", "france"], null, null);
        Assert.Empty(after.Pairs);
        Assert.Empty((await Store.GetAgreementsAsync(["japan", "france"], Day(2020, 1, 1), Day(2021, 1, 1))).Pairs);
    }

    [SkippableFact]
    public async Task A_fact_is_retracted_once_and_only_if_it_exists()
    {
        await SeedFactsAsync();
        await RetractAsync("p-france");

        var twice = await Assert.ThrowsAsync<GraphException>(() => RetractAsync("p-france"));
        Assert.Equal(ErrorCodes.AlreadyRetracted, twice.Code);
        var missing = await Assert.ThrowsAsync<GraphException>(() => RetractAsync("p-ghost"));
        Assert.Equal(ErrorCodes.NotFound, missing.Code);
        var actor = await Assert.ThrowsAsync<GraphException>(() => RetractAsync("japan"));
        Assert.Equal(ErrorCodes.NotFound, actor.Code); // actors and drafts are not facts
        // A refused batch writes nothing.
        await Assert.ThrowsAsync<GraphException>(() => RetractAsync("p-japan", "p-ghost"));
        Assert.Empty(await Store.GetRetractionsAsync(["p-japan"]));
        Assert.Single(await Store.GetRetractionsAsync(["p-france"]));
    }

    // ---- Votes, ballots, a draft's subject ----

    protected static Vote VoteOn(string id, string draft, DateOnly? date, VoteResult result = VoteResult.Adopted, int? yes = 2, int? no = 0,
        int? abstain = 1) => new(id, draft, date, result, yes, no, abstain, [Cite("report-1", null, "Adopted by 2 votes to 0, 1 abstaining")]);

    protected static Ballot Cast(string id, string vote, string actor, BallotChoice choice, bool veto = false) =>
        new(id, vote, actor, choice, veto, [Cite("report-2"), Cite("report-1", null, "in favour")]);

    /// <summary>SeedBasicsAsync, then votes on draft-a (15 May, and 1 May) and an undated one on draft-b, with ballots.</summary>
    private async Task SeedVotesAsync()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateVote(VoteOn("vote-late", "draft-a", Day(2020, 5, 15), VoteResult.Vetoed, 1, 1, null)),
            new CreateVote(VoteOn("vote-early", "draft-a", Day(2020, 5, 1))),
            new CreateVote(VoteOn("vote-undated", "draft-b", null, VoteResult.Failed, null, null, null)),
            new CreateBallot(Cast("b-late-japan", "vote-late", "japan", BallotChoice.Yes)),
            new CreateBallot(Cast("b-late-france", "vote-late", "france", BallotChoice.No, veto: true)),
            new CreateBallot(Cast("b-early-japan", "vote-early", "japan", BallotChoice.Yes)),
            new CreateBallot(Cast("b-early-france", "vote-early", "france", BallotChoice.Abstain)),
            new CreateBallot(Cast("b-undated-council", "vote-undated", "council", BallotChoice.Absent)),
        ]);
    }

    [SkippableFact]
    public async Task Votes_and_ballots_round_trip_in_date_order()
    {
        await SeedVotesAsync();

        var votes = await Store.GetVotesAsync(["draft-a", "draft-b", "nothing"]);
        Assert.Equal(["vote-undated", "vote-early", "vote-late"], votes.Select(v => v.Id));
        var late = votes[2];
        Assert.Equal(("draft-a", Day(2020, 5, 15), VoteResult.Vetoed, (int?)1, (int?)1, (int?)null),
            (late.DraftId, late.Date, late.Result, late.Yes, late.No, late.Abstain));
        Assert.Equal([Cite("report-1", null, "Adopted by 2 votes to 0, 1 abstaining")], late.Evidence);
        Assert.Equal((null, null, null, null), (votes[0].Date, votes[0].Yes, votes[0].No, votes[0].Abstain));
        Assert.Empty(await Store.GetVotesAsync([]));

        var france = await Store.GetBallotsAsync(new FactFilter(SubjectIds: ["france"]));
        Assert.Equal(["b-early-france", "b-late-france"], france.Select(b => b.Id));
        Assert.Equal(Cast("b-late-france", "vote-late", "france", BallotChoice.No, veto: true) with { Evidence = france[1].Evidence }, france[1]);
        Assert.Equal([Cite("report-2"), Cite("report-1", null, "in favour")], france[1].Evidence);
        Assert.False(france[0].Veto);
        // Within a vote, by actor; votes by date, the undated first.
        Assert.Equal(["b-undated-council", "b-early-france", "b-early-japan", "b-late-france", "b-late-japan"],
            (await Store.GetBallotsAsync(new FactFilter())).Select(b => b.Id));
        Assert.Equal(["b-late-france", "b-late-japan"], (await Store.GetBallotsAsync(new FactFilter(ObjectIds: ["vote-late"]))).Select(b => b.Id));
        Assert.Equal(["b-early-japan"], (await Store.GetBallotsAsync(new FactFilter(FactIds: ["b-early-japan", "vote-early"]))).Select(b => b.Id));
        // AsOf: the ballots of votes held by then, an undated vote's always.
        Assert.Equal(["b-undated-council", "b-early-france", "b-early-japan"],
            (await Store.GetBallotsAsync(new FactFilter(AsOf: Day(2020, 5, 14)))).Select(b => b.Id));
        Assert.Empty(await Store.GetBallotsAsync(new FactFilter(SubjectIds: ["japan"], ObjectIds: ["vote-undated"])));
    }

    [SkippableFact]
    public async Task A_drafts_subject_is_kept_updated_and_filtered_on()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreateDraft(new Draft("draft-c", DraftKind.Resolution, "Gamma resolution", "council", null) { SubjectId = "japan" }),
            new CreateDraft(new Draft("draft-d", DraftKind.Proposal, "Delta proposal", null, null) { SubjectId = "france" }),
        ]);
        Assert.Equal("japan", Assert.Single(await Store.GetDraftsAsync(["draft-c"])).SubjectId);
        Assert.Null(Assert.Single(await Store.GetDraftsAsync(["draft-a"])).SubjectId);
        Assert.Equal(["draft-c"], (await Store.FindDraftsAsync(new DraftFilter(SubjectId: "japan"), new PageRequest(10, null))).Items.Select(d => d.Id));
        Assert.Equal(["draft-c"], (await Store.FindDraftsAsync(new DraftFilter(ForumId: "council", SubjectId: "japan"), new PageRequest(10, null)))
            .Items.Select(d => d.Id));
        Assert.Equal(0, (await Store.FindDraftsAsync(new DraftFilter(SubjectId: "council"), new PageRequest(10, null))).TotalCount);

        await Store.ApplyAsync([
            new UpdateDraft(new Draft("draft-c", DraftKind.Resolution, "Gamma resolution", "council", null) { SubjectId = "france" }),
            new UpdateDraft(new Draft("draft-d", DraftKind.Proposal, "Delta proposal", null, null)),
        ]);
        var drafts = await Store.GetDraftsAsync(["draft-c", "draft-d"]);
        Assert.Equal(["france", null], drafts.Select(d => d.SubjectId));
        Assert.Equal("council", drafts[0].ForumId);
        Assert.Equal(["draft-c"], (await Store.FindDraftsAsync(new DraftFilter(SubjectId: "france"), new PageRequest(10, null))).Items.Select(d => d.Id));
    }

    [SkippableFact]
    public async Task Votes_ballots_and_subjects_that_reference_nothing_are_refused_and_write_nothing()
    {
        await SeedVotesAsync();
        async Task<GraphException> Refused(params GraphWrite[] writes) =>
            await Assert.ThrowsAsync<GraphException>(() => Store.ApplyAsync([new CreateActor(State("germany", "Germany")), .. writes]));

        var e = await Refused(new CreateVote(VoteOn("vote-x", "no-such-draft", Day(2020, 1, 1))));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("vote 'vote-x'", e.Message);
        Assert.Contains("'no-such-draft'", e.Message);
        e = await Refused(new CreateBallot(Cast("b-x", "vote-early", "atlantis", BallotChoice.Yes)));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("ballot 'b-x'", e.Message);
        Assert.Contains("'atlantis'", e.Message);
        e = await Refused(new CreateBallot(Cast("b-x", "no-such-vote", "germany", BallotChoice.Yes)));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("'no-such-vote'", e.Message);
        e = await Refused(new CreateBallot(Cast("b-x", "vote-early", "japan", BallotChoice.No)));
        Assert.Equal((ErrorCodes.BadUserInput,
            "Refused recording ballot 'b-x': actor 'japan' already has ballot 'b-early-japan' in vote 'vote-early'."), (e.Code, e.Message));
        e = await Refused(new CreateVote(VoteOn("vote-early", "draft-b", null)));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code);
        e = await Refused(new CreateBallot(Cast("b-early-japan", "vote-early", "japan", BallotChoice.Yes)));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code); // the same ballot again is a taken id
        e = await Refused(new CreateBallot(Cast("vote-early", "vote-late", "germany", BallotChoice.Yes)));
        Assert.Equal(ErrorCodes.DuplicateId, e.Code);
        Assert.Contains("vote", e.Message);
        e = await Refused(new CreateDraft(new Draft("draft-x", DraftKind.Proposal, "X", null, null) { SubjectId = "atlantis" }));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains("'atlantis'", e.Message);
        e = await Refused(new UpdateDraft(new Draft("draft-a", DraftKind.Resolution, "Alpha", "council", null) { SubjectId = "atlantis" }));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);

        Assert.Empty(await Store.GetLabelsAsync(["germany", "draft-x"]));
        Assert.Equal(3, (await Store.GetVotesAsync(["draft-a", "draft-b", "no-such-draft"])).Count);
        Assert.Equal(5, (await Store.GetBallotsAsync(new FactFilter())).Count);
        Assert.Equal(("Alpha resolution", null), ((await Store.GetDraftsAsync(["draft-a"]))[0].Title, (await Store.GetDraftsAsync(["draft-a"]))[0].SubjectId));
        // Votes and ballots are not retractable (yet).
        Assert.Equal(ErrorCodes.NotFound, (await Assert.ThrowsAsync<GraphException>(() =>
            Store.ApplyAsync([new Retract(new Retraction("vote-early", "Wrong", "test", DateTimeOffset.UnixEpoch))]))).Code);
        Assert.Equal(ErrorCodes.NotFound, (await Assert.ThrowsAsync<GraphException>(() =>
            Store.ApplyAsync([new Retract(new Retraction("b-early-japan", "Wrong", "test", DateTimeOffset.UnixEpoch))]))).Code);
    }

    [SkippableFact]
    public async Task Seeding_votes_and_ballots_twice_adds_nothing()
    {
        await SeedBasicsAsync();
        GraphWrite[] seed =
        [
            new CreateDraft(new Draft("draft-s", DraftKind.Resolution, "Subject draft", "council", null) { SubjectId = "japan" }, CreateMode.SkipExisting),
            new CreateVote(VoteOn("vote-1", "draft-s", Day(2020, 5, 1)), CreateMode.SkipExisting),
            new CreateBallot(Cast("ballot-1", "vote-1", "japan", BallotChoice.Yes), CreateMode.SkipExisting),
            new CreateBallot(Cast("ballot-2", "vote-1", "france", BallotChoice.No), CreateMode.SkipExisting),
        ];
        await Store.ApplyAsync(seed);
        await Store.ApplyAsync(seed);
        await Store.ApplyAsync([new CreateVote(VoteOn("vote-1", "draft-a", null, VoteResult.Failed), CreateMode.SkipExisting)]);

        var vote = Assert.Single(await Store.GetVotesAsync(["draft-s", "draft-a"]));
        Assert.Equal(("draft-s", VoteResult.Adopted), (vote.DraftId, vote.Result));
        Assert.Single(vote.Evidence);
        var ballots = await Store.GetBallotsAsync(new FactFilter(ObjectIds: ["vote-1"]));
        Assert.Equal(["ballot-2", "ballot-1"], ballots.Select(b => b.Id));
        Assert.All(ballots, b => Assert.Equal(2, b.Evidence.Count));
        Assert.Equal("japan", (await Store.GetDraftsAsync(["draft-s"]))[0].SubjectId);
    }

    [SkippableFact]
    public async Task A_ballot_counts_in_agreements_as_a_side_from_its_votes_day()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync([
            new CreatePosition(new Position("p-japan", "japan", "draft-a", Stance.Sponsors, Day(2020, 1, 1), null, [Cite("report-1")])),
            new CreatePosition(new Position("p-france", "france", "draft-a", Stance.Opposes, Day(2020, 1, 1), null, [Cite("report-1")])),
            new CreatePosition(new Position("p-council", "council", "draft-a", Stance.Backs, Day(2020, 1, 1), null, [Cite("report-1")])),
            new CreateVote(VoteOn("vote-1", "draft-a", Day(2020, 5, 1))),
        ]);
        // Read over all time first, so the store's kept sides must follow the ballots written next.
        Assert.Equal((0, 1), (await Store.GetAgreementsAsync(["japan", "france"], null, null)).Pairs[("france", "japan")]);
        await Store.ApplyAsync([
            new CreateBallot(Cast("b-france", "vote-1", "france", BallotChoice.Yes)),
            new CreateBallot(Cast("b-japan", "vote-1", "japan", BallotChoice.Yes)),
            new CreateBallot(Cast("b-council", "vote-1", "council", BallotChoice.Abstain)),
        ]);

        Assert.Equal((1, 0), (await Store.GetAgreementsAsync(["japan", "france"], null, null)).Pairs[("france", "japan")]);
        var july = await Store.GetAgreementsAsync(null, Day(2020, 1, 1), Day(2020, 12, 31));
        Assert.Equal((1, 0), july.Pairs[("france", "japan")]);
        Assert.Equal((1, 0), july.Pairs[("council", "japan")]); // an abstention takes no side: the council's position stands
        Assert.Equal((1, 0), july.Pairs[("council", "france")]); // France now backs it too
        // Before the vote, France still opposed.
        Assert.Equal((0, 1), (await Store.GetAgreementsAsync(null, Day(2020, 1, 1), Day(2020, 4, 30))).Pairs[("france", "japan")]);
    }

    [SkippableFact]
    public async Task Votes_and_ballots_are_one_round_trip_each()
    {
        await SeedVotesAsync();
        var counter = RoundTrips.Begin();
        await Store.GetVotesAsync(["draft-a", "draft-b"]);
        await Store.GetBallotsAsync(new FactFilter(ObjectIds: ["vote-early", "vote-late"]));
        Assert.Equal(2, counter.Count);
    }

    [SkippableFact]
    public async Task Is_reachable()
    {
        Assert.Equal(StoreHealth.Ready, await Store.CheckHealthAsync());
    }

    [SkippableFact]
    public async Task Every_call_is_one_round_trip()
    {
        await SeedBasicsAsync();
        await Store.ApplyAsync(Enumerable.Range(1, 50).Select(i => (GraphWrite)new CreateActor(Person($"p-{i}", $"P {i}"))).ToList());
        var ids = Enumerable.Range(1, 50).Select(i => $"p-{i}").ToList();

        var counter = RoundTrips.Begin();
        Assert.Equal(50, (await Store.GetActorsAsync(ids)).Count);
        Assert.Equal(1, counter.Count);

        counter = RoundTrips.Begin();
        await Store.GetLabelsAsync(ids);
        await Store.FindActorsAsync(new ActorFilter(Search: "p"), new PageRequest(10, null));
        await Store.FindStatementsBySpeakersAsync(ids, new StatementFilter(), new PageRequest(5, null));
        await Store.GetPositionsAsync(new FactFilter(SubjectIds: ids));
        await Store.GetEdgesAsync(ids);
        Assert.Equal(5, counter.Count);

        counter = RoundTrips.Begin();
        await Store.ApplyAsync(Enumerable.Range(51, 20).Select(i => (GraphWrite)new CreateActor(Person($"p-{i}", $"P {i}"))).ToList());
        Assert.Equal(1, counter.Count);
    }
}
