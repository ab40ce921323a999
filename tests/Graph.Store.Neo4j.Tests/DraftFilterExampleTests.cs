using Graph.Core;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// The statements DraftCypher composes for a filter that uses every part, nested, are committed as
/// cypher/examples/draft-filters.cypher, so that CI's Cypher lint checks what is sent (its syntax, and every variable in
/// scope), not only the parts. This test keeps the file what the translator makes.
/// </summary>
public sealed class DraftFilterExampleTests
{
    private const string Header = """
        // What DraftCypher sends for draft filters that use every part of cypher/filters, nested (made by
        // tests/Graph.Store.Neo4j.Tests/DraftFilterExampleTests.cs; never edited by hand), so the Cypher lint checks the
        // composed statements too. To remake it: UPDATE_CYPHER_EXAMPLES=1 dotnet test tests/Graph.Store.Neo4j.Tests --filter DraftFilterExample
        """;

    private static readonly DateOnly Day = new(2006, 7, 15);

    private static readonly PositionWhere EveryPosition = new()
    {
        ActorId = "russia", ActorIdIn = ["russia", "china"], Stance = Stance.Opposes, StanceIn = [Stance.Opposes, Stance.Backs], SinceGte = Day,
        SinceLte = Day, UntilGte = Day, UntilLte = Day, AsOf = Day, ActorMemberOf = "permanent-five",
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
    public async Task The_committed_composed_statements_are_what_the_translator_makes()
    {
        var transport = new CannedTransport();
        var store = new Neo4jGraphStore(transport, new CypherStatements(CypherStatements.DefaultFolder));
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

        var expected = Header + "\n" + string.Join(";\n\n", transport.Ran.Select(q => q.Statement.TrimEnd())) + "\n";
        var path = Path.Combine(AdapterStatementTests.RepoRoot(), "cypher", "examples", "draft-filters.cypher");
        if (Environment.GetEnvironmentVariable("UPDATE_CYPHER_EXAMPLES") == "1") await File.WriteAllTextAsync(path, expected);
        Assert.True(File.Exists(path) && await File.ReadAllTextAsync(path) == expected,
            "cypher/examples/draft-filters.cypher is out of date: UPDATE_CYPHER_EXAMPLES=1 dotnet test tests/Graph.Store.Neo4j.Tests --filter DraftFilterExample");
    }
}
