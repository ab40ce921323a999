using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Http;
using GraphQLParser;

namespace Graph.Api.Tests;

/// <summary>
/// The endpoint caches documents that validated, by query text (<see cref="DocumentCache"/>). A cached text must still
/// answer for its own variables, coerce them, and go through the write check; other texts are validated in full.
/// </summary>
public sealed class DocumentCacheTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private const string ActorName = "query Cached($id: ID!) { actor(id: $id) { id name } }";

    [Fact]
    public async Task The_same_text_with_other_variables_answers_for_those_variables()
    {
        var japan = await Api.QueryAsync(ActorName, new { id = "japan" });
        var china = await Api.QueryAsync(ActorName, new { id = "china" });
        var again = await Api.QueryAsync(ActorName, new { id = "japan" });
        Assert.Equal("Japan", japan.GetProperty("actor").Str("name"));
        Assert.Equal("China", china.GetProperty("actor").Str("name"));
        Assert.Equal("Japan", again.GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task Variables_are_still_coerced_for_a_cached_text()
    {
        await Api.QueryAsync(ActorName, new { id = "japan" });
        var missing = await Api.ErrorAsync(ActorName, new { });
        Assert.Equal("INVALID_VALUE", missing.Code());
        var wrongType = await Api.ErrorAsync(ActorName, new { id = new { nested = 1 } });
        Assert.Equal("INVALID_VALUE", wrongType.Code());
    }

    [Fact]
    public async Task An_invalid_document_is_refused_after_a_valid_one_was_cached_and_is_never_cached()
    {
        await Api.QueryAsync(ActorName, new { id = "japan" });
        const string Unknown = "query Cached($id: ID!) { actor(id: $id) { id name nickname } }";
        for (var i = 0; i < 2; i++)
        {
            var error = await Api.ErrorAsync(Unknown, new { id = "japan" });
            Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.Code());
        }
    }

    [Fact]
    public async Task A_cached_mutation_still_needs_a_key()
    {
        const string Create = """mutation Create($id: ID!) { createActor(input: { id: $id, kind: STATE, name: "Cached" }) { id } }""";
        var created = await Api.QueryAsync(Create, new { id = "cached-state-1" });
        Assert.Equal("cached-state-1", created.GetProperty("createActor").Str("id"));

        using var anonymous = Api.AnonymousClient();
        using var response = await anonymous.PostAsJsonAsync("/graphql", new { query = Create, variables = new { id = "cached-state-2" } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var missing = await Api.QueryAsync("""{ actor(id: "cached-state-2") { id } }""");
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("actor").ValueKind);
    }

    [Theory]
    [InlineData("query Q($id: ID!) { draft(id: $id) { id positions(stance: BACKS) { since actor { id name } } } }", true)]
    [InlineData("query Q($id: ID!) { actor(id: $id) { statements(first: 5) { nodes { id } } } }", true)]
    [InlineData("query Q($n: Int) { drafts(first: $n) { nodes { id } } }", false)]
    [InlineData("query Q($n: Int = 5) { actor(id: \"japan\") { statements(first: $n) { totalCount } } }", false)]
    [InlineData("query Q($deep: Boolean!) { drafts { nodes { id forum @include(if: $deep) { name } } } }", false)]
    [InlineData("query Q($n: Int) { ...F } fragment F on Query { drafts(first: $n) { totalCount } }", false)]
    [InlineData("query Q($skip: Boolean!) { ... @skip(if: $skip) { drafts { totalCount } } }", false)]
    public void Depth_and_cost_are_known_not_to_vary_only_when_no_variable_reaches_first_or_a_directive(string query, bool ignores) =>
        Assert.Equal(ignores, new CachedDocument(Parser.Parse(query)).MeasureIgnoresVariables);

    [Fact]
    public void The_cache_is_bounded_by_the_length_of_its_texts()
    {
        using var cache = new DocumentCache(maxChars: 100);
        for (var i = 0; i < 50; i++)
        {
            var query = $"{{ actor(id: \"a{i:00}\") {{ id }} }}"; // 25 characters
            cache.Add(query, Parser.Parse(query));
        }
        Assert.InRange(cache.Count, 1, 4);
        var tooLong = "{ " + new string(' ', 200) + "__typename }";
        cache.Add(tooLong, Parser.Parse(tooLong));
        Assert.Null(cache.Get(tooLong));
    }
}
