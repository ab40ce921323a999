using Graph.Core;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Actor filters as the Neo4j store sends them: one statement per call, composed of cypher/filters' parts, every user value
/// a parameter; and the answers read back as pages, positions and counts. (What they mean is pinned to ActorFilters by the
/// live store contract.)
/// </summary>
public sealed class ActorFilterCypherTests
{
    private static readonly DateOnly Day = new(2016, 1, 1);

    private static readonly CypherStatements Cypher = new(CypherStatements.DefaultFolder);

    private static async Task<(CypherQuery Sent, T Answer)> AskAsync<T>(Func<Neo4jGraphStore, Task<T>> read, CypherResult? answer = null)
    {
        var transport = new CannedTransport();
        if (answer is not null) transport.Answer = answer;
        var result = await read(new Neo4jGraphStore(transport, Cypher));
        return (Assert.Single(transport.Ran), result);
    }

    private static string Line(CypherQuery query, string clause) =>
        query.Statement.Split('\n').Single(l => l.StartsWith(clause + " ", StringComparison.Ordinal))[(clause.Length + 1)..];

    [Fact]
    public async Task A_tree_becomes_one_statement_over_the_actors_own_positions_with_each_value_a_parameter()
    {
        // Question 6: actors whose stance on a draft changed, backed then opposed; members of a group, by kind then name.
        var changed = new PositionWhere { Stance = Stance.Opposes, PrecededBy = new PositionWhere { Stance = Stance.Backs } };
        var (sent, _) = await AskAsync(store => store.QueryActorsAsync(new ActorQuery(
            new ActorWhere { Or = [new ActorWhere { MemberOf = "permanent-five" }, new ActorWhere { Not = new ActorWhere { Kind = ActorKind.Person } }],
                PositionsSome = changed },
            [new ActorOrder(ActorOrderField.Kind, Descending: true), new ActorOrder(ActorOrderField.Name)]), new PageRequest(5, Cursors.Encode(4))));

        var own = Cypher.Filters.Part("draft-facts", "Positions").Replace("(a:Actor)", "(actor:Actor)").Replace("a.id", "actor.id");
        var where = Line(sent, "WHERE");
        Assert.StartsWith("((EXISTS { MATCH (actor)-[m:MEMBER_OF]->(:Alliance {id: $w0}) WHERE NOT EXISTS { MATCH (:Retraction {subjectId: m.id}) } }) " +
            "OR (NOT (actor.kind = $w1))) AND (any(p1 IN " + own.Replace("(d:Draft)", "(d4:Draft)").Replace("d.id", "d4.id") + " WHERE (p1.stance = $w2) AND " +
            "(EXISTS { MATCH (d2:Draft {id: p1.draftId}) WHERE any(p3 IN COLLECT { MATCH (a:Actor)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES]->(d2:Draft)", where);
        // The earlier position is the same actor's on the same draft, begun on an earlier day.
        Assert.EndsWith("WHERE p3.actorId = p1.actorId AND coalesce(p3.since < p1.since, false) AND (p3.stance = $w3)) })))", where);
        Assert.Equal("actor.kind DESC, actor.name, actor.id", Line(sent, "ORDER BY"));
        Assert.Equal(new Dictionary<string, object?>
        {
            ["w0"] = "permanent-five", ["w1"] = "PERSON", ["w2"] = "OPPOSES", ["w3"] = "BACKS", ["offset"] = 5, ["first"] = 5,
        }, sent.Parameters);
    }

    [Fact]
    public async Task What_a_user_types_reaches_Cypher_only_as_parameters()
    {
        const string hostile = "x' }) DETACH DELETE (n) //";
        var (sent, _) = await AskAsync(store => store.QueryActorsAsync(new ActorQuery(new ActorWhere
        {
            NameContains = hostile, MemberOf = hostile,
            PositionsAggregate = new PositionCountWhere { Where = new PositionWhere { OnDraft = new DraftWhere { TitleContains = hostile } }, CountGt = 1 },
        }), new PageRequest(5, null)));
        Assert.DoesNotContain(hostile, sent.Statement);
        Assert.Equal(3, sent.Parameters.Values.Count(v => Equals(v, hostile)));
    }

    [Fact]
    public async Task A_page_is_read_from_the_one_row_answered()
    {
        var france = new Dictionary<string, object?> { ["id"] = "france", ["kind"] = "STATE", ["name"] = "France", ["aliases"] = new List<object?> { "FR" } };
        var (_, page) = await AskAsync(store => store.QueryActorsAsync(new ActorQuery(), new PageRequest(1, null)),
            new CypherResult(["total", "page"], [[4L, new List<object?> { france }]]));
        Assert.Equal(4, page.TotalCount);
        Assert.Equal(new Actor("france", ActorKind.State, "France", ["FR"], null), Assert.Single(page.Items), ActorComparer);
    }

    private static readonly EqualityComparer<Actor> ActorComparer =
        EqualityComparer<Actor>.Create((a, b) => a!.Id == b!.Id && a.Kind == b.Kind && a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases));

    [Fact]
    public async Task Positions_are_read_per_actor_in_the_order_answered_with_their_evidence()
    {
        Dictionary<string, object?> Position(string id, string actor, DateOnly? since) => new()
        {
            ["id"] = id, ["actorId"] = actor, ["draftId"] = "draft-a", ["stance"] = "BACKS", ["since"] = since, ["until"] = null,
            ["evidenceSources"] = new List<object?> { "report-1" }, ["evidenceStatements"] = new List<object?> { "" },
            ["evidenceExcerpts"] = new List<object?> { "backed it" },
        };
        var (sent, found) = await AskAsync(store => store.FindPositionsAsync(["france", "japan", "nobody"], new PositionWhere { SinceGte = Day }),
            new CypherResult(["actorId", "position"],
                [["france", Position("pos-2", "france", null)], ["france", Position("pos-1", "france", Day)], ["japan", Position("ballot-1", "japan", Day)]]));

        Assert.Equal(["pos-2", "pos-1"], found["france"].Select(p => p.Id));
        var ballot = Assert.Single(found["japan"]);
        Assert.Equal(("ballot-1", "japan", "draft-a", Stance.Backs, (DateOnly?)Day, (DateOnly?)null),
            (ballot.Id, ballot.ActorId, ballot.DraftId, ballot.Stance, ballot.Since, ballot.Until));
        Assert.Equal(new Evidence("report-1", null, "backed it"), Assert.Single(ballot.Evidence));
        Assert.False(found.ContainsKey("nobody"));
        Assert.Equal(new List<string> { "france", "japan", "nobody" }, sent.Parameters["ids"]);
        Assert.Contains("WHERE actor.id IN $ids", sent.Statement);
    }

    [Fact]
    public async Task Counts_add_up_the_years_answered_and_every_actor_asked_has_its_counts()
    {
        var (_, counts) = await AskAsync(store => store.AggregatePositionsAsync(["france", "nobody"], null),
            new CypherResult(["actorId", "year", "count", "drafts"],
                [["france", null, 1L, new List<object?> { "draft-a" }], ["france", 2016L, 3L, new List<object?> { "draft-a", "draft-b" }]]));

        var france = counts["france"];
        Assert.Equal((4, 2), (france.Count, france.Drafts));
        Assert.Equal([new YearCount(null, 1, 1), new YearCount(2016, 3, 2)], france.ByYear);
        Assert.Same(PositionAggregate.None, counts["nobody"]);
    }

    [Fact]
    public async Task No_actor_asked_is_no_round_trip()
    {
        var transport = new CannedTransport();
        var store = new Neo4jGraphStore(transport, Cypher);
        Assert.Empty(await store.FindPositionsAsync([], null));
        Assert.Empty(await store.AggregatePositionsAsync([], null));
        Assert.Empty(transport.Ran);
    }
}
