using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Draft filters as the Neo4j store sends them: one statement per call, composed of cypher/filters' parts, every user value
/// a parameter; and the answers read back as pages and counts. (What the statements mean is pinned to DraftFilters by the
/// live store contract; here, without a Neo4j, the statements themselves are checked.)
/// </summary>
public sealed partial class DraftFilterCypherTests
{
    private static readonly DateOnly From = new(2010, 1, 1), To = new(2020, 12, 31);

    private static readonly CypherStatements Cypher = new(CypherStatements.DefaultFolder);

    private static async Task<CypherQuery> SentAsync(DraftQuery query, PageRequest? page = null)
    {
        var transport = new CannedTransport();
        await new Neo4jGraphStore(transport, Cypher).QueryDraftsAsync(query, page ?? new PageRequest(20, null));
        return Assert.Single(transport.Ran);
    }

    private static async Task<CypherQuery> CountSentAsync(PositionWhere? where)
    {
        var transport = new CannedTransport { Answer = new(["draftId", "count"], []) };
        await new Neo4jGraphStore(transport, Cypher).CountPositionsAsync(["draft-a", "draft-b"], where);
        return Assert.Single(transport.Ran);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    private static string Line(CypherQuery query, string clause) =>
        query.Statement.Split('\n').Single(l => l.StartsWith(clause + " ", StringComparison.Ordinal))[(clause.Length + 1)..];

    [Fact]
    public async Task A_filter_becomes_one_statement_of_its_named_parts_with_each_value_a_parameter_as_given()
    {
        // Question 1: drafts Russia opposed (a veto is a NO ballot, so a position) between 2010 and 2020, newest first.
        var opposing = new List<Stance> { Stance.Opposes };
        var sent = await SentAsync(new DraftQuery(
            new DraftWhere { PositionsSome = new PositionWhere { ActorId = "russia", StanceIn = opposing, SinceGte = From, SinceLte = To } },
            [new DraftOrder(DraftOrderField.Tabled, Descending: true)]), new PageRequest(5, Cursors.Encode(4)));

        var positions = Cypher.Filters.Part("draft-facts", "Positions");
        Assert.Equal($"any(p1 IN {positions} WHERE (p1.actorId = $w0) AND (p1.stance IN $w1) AND (coalesce(p1.since >= $w2, false)) " +
            "AND (coalesce(p1.since <= $w3, false)))", Line(sent, "WHERE"));
        Assert.Equal("tabled IS NOT NULL DESC, tabled DESC, d.id", Line(sent, "ORDER BY"));
        Assert.Equal(new Dictionary<string, object?>
        {
            ["w0"] = "russia", ["w1"] = new List<string> { "OPPOSES" }, ["w2"] = From, ["w3"] = To, ["offset"] = 5, ["first"] = 5,
        }, sent.Parameters);
        Assert.True(Parameter().Matches(sent.Statement).Select(m => m.Groups[1].Value).ToHashSet().SetEquals(sent.Parameters.Keys));
    }

    [Fact]
    public async Task Nested_filters_each_get_their_own_variable_and_logic_keeps_its_grouping()
    {
        var sent = await SentAsync(new DraftQuery(new DraftWhere
        {
            Or = [new DraftWhere { Kind = DraftKind.Resolution }, new DraftWhere { Not = new DraftWhere { ForumId = "un-security-council", TabledGte = From } }],
            AlternativesSome = new DraftWhere
            {
                PositionsAggregate = new PositionCountWhere { Where = new PositionWhere { ActorMemberOf = "p5" }, CountGt = 10 },
                AlternativesSome = new DraftWhere { HistoryNone = new StatusWhere { StatusIn = [DraftStatus.Adopted], AsOf = To } },
            },
        }));
        var where = Line(sent, "WHERE");

        Assert.StartsWith("((d.kind = $w0) OR (NOT ((EXISTS { MATCH (d)-[:IN_FORUM]->(:Actor {id: $w1}) }) AND (coalesce(head(COLLECT { MATCH (d)-[h:HAS_STATUS]", where);
        // The alternative is d1, its count's positions p2, its own alternative d3 and that one's history h4.
        Assert.Contains("EXISTS { MATCH (d)-[:ALTERNATIVE_TO]-(d1:Draft) WHERE (size([p2 IN COLLECT { MATCH (a:Actor)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES]->(d1:Draft)", where);
        Assert.Contains("WHERE EXISTS { MATCH (:Actor {id: p2.actorId})-[m:MEMBER_OF]->(:Alliance {id: $w3}) WHERE NOT EXISTS", where);
        Assert.Contains("]) > $w4) AND (EXISTS { MATCH (d1)-[:ALTERNATIVE_TO]-(d3:Draft) WHERE NOT EXISTS { MATCH (d3)-[h4:HAS_STATUS]->(:Source) " +
            "WHERE (h4.status IN $w5) AND ((h4.date IS NULL OR h4.date <= $w6)) } })", where);
        Assert.Equal(new object?[] { "RESOLUTION", "un-security-council", From, "p5", 10, new List<string> { "ADOPTED" }, To },
            Enumerable.Range(0, 7).Select(i => sent.Parameters[$"w{i}"]));
    }

    [Fact]
    public async Task No_filter_keeps_every_draft_an_empty_AND_holds_and_an_empty_OR_does_not()
    {
        Assert.Equal("true", Line(await SentAsync(new DraftQuery()), "WHERE"));
        Assert.Equal("true", Line(await SentAsync(new DraftQuery(new DraftWhere { And = [] })), "WHERE"));
        Assert.Equal("false", Line(await SentAsync(new DraftQuery(new DraftWhere { Or = [] })), "WHERE"));
        Assert.StartsWith("all(p1 IN COLLECT {", Line(await SentAsync(new DraftQuery(new DraftWhere { PositionsAll = new PositionWhere() })), "WHERE"));
    }

    [Theory]
    [InlineData(null, "d.title, d.id")]
    [InlineData("Title:desc", "d.title DESC, d.id")]
    [InlineData("Tabled", "tabled IS NOT NULL, tabled, d.id")]
    [InlineData("Tabled:desc,Title", "tabled IS NOT NULL DESC, tabled DESC, d.title, d.id")]
    [InlineData("Id:desc,Title", "d.id DESC")]
    public async Task The_order_is_the_querys_keys_an_undated_draft_first_and_the_id_breaking_ties(string? keys, string orderBy)
    {
        var order = keys?.Split(',').Select(k => new DraftOrder(Enum.Parse<DraftOrderField>(k.Split(':')[0]), k.EndsWith(":desc", StringComparison.Ordinal))).ToList();
        Assert.Equal(orderBy, Line(await SentAsync(new DraftQuery(OrderBy: order)), "ORDER BY"));
    }

    [Fact]
    public async Task What_a_user_types_reaches_Cypher_only_as_parameters()
    {
        const string title = "x' OR 1=1 //", actor = "russia'}) DETACH DELETE d //", alliance = "p5` MATCH (n) DELETE n";
        var sent = await SentAsync(new DraftQuery(new DraftWhere
        {
            TitleContains = title, Title = title, IdIn = [title], SubjectId = actor,
            PositionsNone = new PositionWhere { ActorIdIn = [actor], ActorMemberOf = alliance },
        }));
        var counted = await CountSentAsync(new PositionWhere { ActorId = actor, ActorMemberOf = alliance });

        foreach (var query in new[] { sent, counted })
            foreach (var text in new[] { title, actor, alliance, "1=1", "DELETE" })
                Assert.DoesNotContain(text, query.Statement);
        Assert.Contains(title, sent.Parameters.Values);
        Assert.Contains(alliance, counted.Parameters.Values);
    }

    [Fact]
    public async Task A_page_and_its_total_are_read_from_the_one_row_answered()
    {
        var transport = new CannedTransport
        {
            Answer = new(["total", "page"], [[
                7L, new List<object?>
                {
                    new Dictionary<string, object?> { ["id"] = "draft-b", ["kind"] = "RESOLUTION", ["title"] = "Sanctions", ["forumId"] = "un-security-council", ["subjectId"] = "north-korea" },
                    new Dictionary<string, object?> { ["id"] = "draft-c", ["kind"] = "PRESIDENTIAL_STATEMENT", ["title"] = "Two steps", ["description"] = "France's" },
                }]]),
        };
        var store = new Neo4jGraphStore(transport, Cypher);

        var counter = RoundTrips.Begin();
        var page = await store.QueryDraftsAsync(new DraftQuery(new DraftWhere { IdIn = ["draft-b", "draft-c"] }), new PageRequest(2, Cursors.Encode(0)));

        Assert.Equal(1, counter.Count);
        Assert.Equal((1, 7), (page.Offset, page.TotalCount));
        Assert.Equal([new Draft("draft-b", DraftKind.Resolution, "Sanctions", "un-security-council", null) { SubjectId = "north-korea" },
            new Draft("draft-c", DraftKind.PresidentialStatement, "Two steps", null, "France's")], page.Items);
    }

    [Fact]
    public async Task Counts_are_one_statement_for_all_the_drafts_asked_and_none_for_no_draft()
    {
        var transport = new CannedTransport { Answer = new(["draftId", "count"], [["draft-a", 3L], ["draft-b", 0L]]) };
        var store = new Neo4jGraphStore(transport, Cypher);

        var counter = RoundTrips.Begin();
        var counts = await store.CountPositionsAsync(["draft-a", "draft-b"], new PositionWhere { Stance = Stance.Backs, AsOf = To });

        Assert.Equal(1, counter.Count);
        Assert.Equal(new Dictionary<string, int> { ["draft-a"] = 3, ["draft-b"] = 0 }, counts);
        var sent = Assert.Single(transport.Ran);
        Assert.StartsWith("d.id AS draftId, size([p1 IN COLLECT {", Line(sent, "RETURN"));
        Assert.EndsWith("WHERE (p1.stance = $w0) AND ((p1.since IS NULL OR p1.since <= $w1) AND (p1.until IS NULL OR p1.until > $w1))]) AS count",
            Line(sent, "RETURN"));
        Assert.Equal(["draft-a", "draft-b"], (IEnumerable<string>)sent.Parameters["ids"]!);
        Assert.Equal(("BACKS", (object?)To), (sent.Parameters["w0"], sent.Parameters["w1"]));

        transport.Ran.Clear();
        Assert.Empty(await store.CountPositionsAsync([], null));
        Assert.Empty(transport.Ran);
        Assert.EndsWith("WHERE true]) AS count", Line(await CountSentAsync(null), "RETURN"));
    }
}
