using Graph.Core;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Statement filters as the Neo4j store sends them: one statement per call, the search through the full-text index in the
/// same statement, every user value a parameter; and the answer read back as a page. (What they mean is pinned to
/// StatementFilters by the live store contract.)
/// </summary>
public sealed class StatementFilterCypherTests
{
    private static readonly DateOnly From = new(2016, 1, 1), To = new(2016, 12, 31);

    private static async Task<(CypherQuery Sent, Page<Statement> Page)> AskAsync(StatementQuery query, PageRequest page, CypherResult? answer = null)
    {
        var transport = new CannedTransport();
        if (answer is not null) transport.Answer = answer;
        var found = await new Neo4jGraphStore(transport, new CypherStatements(CypherStatements.DefaultFolder)).QueryStatementsAsync(query, page);
        return (Assert.Single(transport.Ran), found);
    }

    [Fact]
    public async Task A_tree_and_a_search_become_one_statement_with_each_value_a_parameter()
    {
        // Questions 4 and 8: quotes by officials who represent China, about a draft, in a window, matching a search, paged.
        var (sent, _) = await AskAsync(new StatementQuery(new StatementWhere
        {
            Kind = StatementKind.Quote, SpeakerRepresents = "china", AboutId = "draft-jp", DateGte = From, DateLte = To,
            Not = new StatementWhere { SpeakerMemberOf = "g8" },
        }, [new StatementOrder(StatementOrderField.Date)], "Sanctions relief*", CountLimit: 21), new PageRequest(20, Cursors.Encode(19)));

        var where = sent.Statement.Split('\n').Single(l => l.StartsWith("WHERE (s.", StringComparison.Ordinal));
        Assert.StartsWith("WHERE (s.kind = $w0) AND ((speaker.id = $w1 OR EXISTS { MATCH (speaker)-[r:REPRESENTS]->(:Actor {id: $w1}) WHERE NOT EXISTS", where);
        Assert.Contains("AND (EXISTS { MATCH (s)-[:ABOUT]->(:Node {id: $w2}) }) AND (coalesce(day >= $w3, false)) AND (coalesce(day <= $w4, false)) " +
            "AND (NOT (EXISTS { MATCH (speaker)-[m:MEMBER_OF]->(:Alliance {id: $w5})", where);
        Assert.Contains("ORDER BY day IS NOT NULL, day, s.id\n", sent.Statement);
        Assert.Contains("CALL db.index.fulltext.queryNodes('statement_text_english', query) YIELD node", sent.Statement);
        Assert.Equal(new Dictionary<string, object?>
        {
            ["w0"] = "QUOTE", ["w1"] = "china", ["w2"] = "draft-jp", ["w3"] = From, ["w4"] = To, ["w5"] = "g8",
            // The words as the index's query: quoted, a prefix lower-cased, never part of the statement.
            ["search"] = "\"Sanctions\" AND relief*", ["includeRetracted"] = false, ["countLimit"] = 21, ["offset"] = 20, ["first"] = 20,
        }, sent.Parameters);
        Assert.DoesNotContain("Sanctions", sent.Statement);
    }

    [Fact]
    public async Task With_no_words_nothing_is_searched_and_the_order_is_newest_first()
    {
        var (sent, _) = await AskAsync(new StatementQuery(), new PageRequest(5, null));
        Assert.Null(sent.Parameters["search"]);
        Assert.Null(sent.Parameters["countLimit"]);
        Assert.Contains("WHERE true\n", sent.Statement);
        Assert.Contains("ORDER BY day IS NOT NULL DESC, day DESC, s.id\n", sent.Statement);
    }

    [Fact]
    public async Task A_page_and_its_capped_total_are_read_from_the_one_row_answered()
    {
        var statement = new Dictionary<string, object?>
        {
            ["id"] = "s-1", ["speakerId"] = "wang-yi", ["date"] = From, ["reportedOn"] = To, ["kind"] = "QUOTE", ["text"] = "No.", ["sourceId"] = "report-1",
            ["viaId"] = null, ["setting"] = null, ["about"] = new List<object?> { "draft-jp" },
        };
        var (_, page) = await AskAsync(new StatementQuery(CountLimit: 2), new PageRequest(1, null),
            new CypherResult(["total", "page"], [[2L, new List<object?> { statement }]]));
        Assert.Equal(2, page.TotalCount);
        var s = Assert.Single(page.Items);
        Assert.Equal(("s-1", "wang-yi", From, To, StatementKind.Quote), (s.Id, s.SpeakerId, s.Date!.Value, s.ReportedOn!.Value, s.Kind));
        Assert.Equal(["draft-jp"], s.AboutIds);
    }
}
