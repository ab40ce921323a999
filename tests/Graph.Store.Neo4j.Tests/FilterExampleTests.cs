using Graph.Core;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// The statements the translators compose for filters that use every part, nested, are committed in cypher/examples/, so
/// that CI's Cypher lint checks what is sent (its syntax, and every variable in scope), not only the parts. These tests keep
/// the files what the translators make.
/// </summary>
public sealed class FilterExampleTests
{
    private static readonly DateOnly Day = new(2006, 7, 15);

    /// <summary>Every plain part of a position filter, and its reach beyond the position one level deep.</summary>
    private static readonly PositionWhere EveryPosition = new()
    {
        ActorId = "russia", ActorIdIn = ["russia", "china"], Stance = Stance.Opposes, StanceIn = [Stance.Opposes, Stance.Backs], SinceGte = Day,
        SinceLte = Day, UntilGte = Day, UntilLte = Day, AsOf = Day, ActorMemberOf = "permanent-five", DraftId = "draft-a", DraftIdIn = ["draft-a"],
        OnDraft = new DraftWhere { ForumId = "un-security-council", PositionsSome = new PositionWhere { Stance = Stance.Sponsors } },
        PrecededBy = new PositionWhere { Stance = Stance.Backs, OnDraft = new DraftWhere { Kind = DraftKind.Resolution } },
        FollowedBy = new PositionWhere { FollowedBy = new PositionWhere { Stance = Stance.Backs } },
    };

    private static readonly DraftWhere EveryDraft = new()
    {
        Id = "draft-a", IdIn = ["draft-a"], Kind = DraftKind.Resolution, KindIn = [DraftKind.Proposal], ForumId = "un-security-council",
        ForumIdIn = ["un-security-council"], SubjectId = "north-korea", SubjectIdIn = ["north-korea"], Title = "Sanctions", TitleContains = "Sanc",
        TabledGte = Day, TabledLte = Day, PositionsSome = EveryPosition, PositionsAll = EveryPosition, PositionsNone = EveryPosition,
        PositionsAggregate = new PositionCountWhere { Where = EveryPosition, Count = 1, CountGt = 1, CountGte = 1, CountLt = 9, CountLte = 9 },
        HistorySome = new StatusWhere { Status = DraftStatus.Adopted, StatusIn = [DraftStatus.Vetoed], AsOf = Day },
        HistoryNone = new StatusWhere { Status = DraftStatus.Withdrawn },
    };

    [Fact]
    public async Task The_committed_draft_statements_are_what_the_translator_makes()
    {
        var (store, transport) = Store();
        // Every part at the top and in an alternative; an alternative's alternative with its positions, logic and day tabled.
        var nested = EveryDraft with
        {
            And = [new DraftWhere { Id = "draft-b" }, new DraftWhere()], Or = [new DraftWhere { Kind = DraftKind.Proposal }, new DraftWhere { Or = [] }],
            Not = new DraftWhere { ForumId = "g8" },
            AlternativesSome = EveryDraft with
            {
                AlternativesSome = new DraftWhere { PositionsSome = EveryPosition, Not = new DraftWhere { TabledGte = Day }, HistorySome = new StatusWhere() },
            },
        };
        await store.QueryDraftsAsync(new DraftQuery(nested, [new DraftOrder(DraftOrderField.Tabled, true), new DraftOrder(DraftOrderField.Title)]),
            new PageRequest(5, null));
        await store.QueryDraftsAsync(new DraftQuery(), new PageRequest(5, null));
        transport.Answer = new(["draftId", "count"], []);
        await store.CountPositionsAsync(["draft-a"], EveryPosition);
        await AssertCommittedAsync("draft-filters", transport);
    }

    [Fact]
    public async Task The_committed_actor_statements_are_what_the_translator_makes()
    {
        var (store, transport) = Store();
        var every = new ActorWhere
        {
            Id = "france", IdIn = ["france"], Kind = ActorKind.State, KindIn = [ActorKind.State], Name = "France", NameContains = "Fr",
            MemberOf = "permanent-five", PositionsSome = EveryPosition, PositionsAll = EveryPosition, PositionsNone = EveryPosition,
            PositionsAggregate = new PositionCountWhere { Where = EveryPosition, CountGte = 2, CountLt = 9 },
        };
        var nested = every with
        {
            And = [new ActorWhere { Kind = ActorKind.Person }, new ActorWhere()], Or = [new ActorWhere { MemberOf = "g8" }, new ActorWhere { Or = [] }],
            Not = every,
        };
        await store.QueryActorsAsync(new ActorQuery(nested, [new ActorOrder(ActorOrderField.Kind, true), new ActorOrder(ActorOrderField.Name)]),
            new PageRequest(5, null));
        await store.QueryActorsAsync(new ActorQuery(), new PageRequest(5, null));
        transport.Answer = new(["actorId", "position"], []);
        await store.FindPositionsAsync(["france"], EveryPosition);
        await store.FindPositionsAsync(["france"], null);
        transport.Answer = new(["actorId", "year", "count", "drafts"], []);
        await store.AggregatePositionsAsync(["france"], EveryPosition);
        await AssertCommittedAsync("actor-filters", transport);
    }

    [Fact]
    public async Task The_committed_statement_statements_are_what_the_translator_makes()
    {
        var (store, transport) = Store();
        var every = new StatementWhere
        {
            Id = "s-1", IdIn = ["s-1"], Kind = StatementKind.Quote, KindIn = [StatementKind.Paraphrase], SpeakerId = "wang-yi", SpeakerIdIn = ["wang-yi"],
            SpeakerKind = ActorKind.Person, SpeakerKindIn = [ActorKind.Person], SpeakerRepresents = "china", SpeakerMemberOf = "permanent-five",
            AboutId = "draft-a", AboutIdIn = ["draft-a"], SourceId = "report-1", SourceIdIn = ["report-1"], DateGte = Day, DateLte = Day, TextContains = "veto",
        };
        var nested = every with
        {
            And = [new StatementWhere { SpeakerId = "li" }, new StatementWhere()], Or = [new StatementWhere { Kind = StatementKind.Quote }, new StatementWhere { Or = [] }],
            Not = every,
        };
        await store.QueryStatementsAsync(new StatementQuery(nested, [new StatementOrder(StatementOrderField.ReportedOn, true),
            new StatementOrder(StatementOrderField.Date)], "sanctions talk*", IncludeRetracted: true, CountLimit: 3), new PageRequest(5, null));
        await store.QueryStatementsAsync(new StatementQuery(), new PageRequest(5, null));
        await AssertCommittedAsync("statement-filters", transport);
    }

    private static (Neo4jGraphStore, CannedTransport) Store()
    {
        var transport = new CannedTransport();
        return (new Neo4jGraphStore(transport, new CypherStatements(CypherStatements.DefaultFolder)), transport);
    }

    private static async Task AssertCommittedAsync(string name, CannedTransport transport)
    {
        var header = $"""
            // What the Neo4j store sends for {name.Replace('-', ' ')} that use every part of cypher/filters, nested (made by
            // tests/Graph.Store.Neo4j.Tests/FilterExampleTests.cs; never edited by hand), so the Cypher lint checks the
            // composed statements too. To remake it: UPDATE_CYPHER_EXAMPLES=1 dotnet test tests/Graph.Store.Neo4j.Tests --filter FilterExample
            """;
        var expected = header + "\n" + string.Join(";\n\n", transport.Ran.Select(q => q.Statement.TrimEnd())) + "\n";
        var path = Path.Combine(AdapterStatementTests.RepoRoot(), "cypher", "examples", name + ".cypher");
        if (Environment.GetEnvironmentVariable("UPDATE_CYPHER_EXAMPLES") == "1") await File.WriteAllTextAsync(path, expected);
        Assert.True(File.Exists(path) && await File.ReadAllTextAsync(path) == expected,
            $"cypher/examples/{name}.cypher is out of date: UPDATE_CYPHER_EXAMPLES=1 dotnet test tests/Graph.Store.Neo4j.Tests --filter FilterExample");
    }
}
