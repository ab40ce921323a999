using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>GraphQL over HTTP as clients see it: methods, media types, status codes, the schema and the IDE.</summary>
public sealed class HttpProtocolTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private HttpClient Http => fixture.Host.Http;

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task A_query_can_be_sent_with_GET()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { actor(id: $id) { name } }");
        var variables = Uri.EscapeDataString("""{"id":"jiang-yu"}""");
        using var response = await Http.GetAsync($"/graphql?query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Jiang Yu", (await BodyAsync(response)).GetProperty("data").GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_refused_with_405()
    {
        var query = Uri.EscapeDataString("""mutation { createActor(input: { id: "via-get", kind: STATE, name: "X" }) { id } }""");
        using var response = await Http.GetAsync($"/graphql?query={query}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused()
    {
        using var wrongType = await Http.PostAsync("/graphql", new StringContent("{ actors { totalCount } }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        using var broken = await Http.PostAsync("/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("not valid JSON", (await BodyAsync(broken)).GetProperty("errors")[0].Str("message"));
        using var noQuery = await Http.PostAsync("/graphql", new StringContent("{\"variables\": {}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
    }

    [Fact]
    public async Task Invalid_documents_answer_400_in_graphql_response_json_and_200_in_plain_json()
    {
        async Task<HttpResponseMessage> Send(string accept)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"{ actors { nosuchfield } }"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
            return await Http.SendAsync(request);
        }
        using var modern = await Send("application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal("application/graphql-response+json", modern.Content.Headers.ContentType!.MediaType);
        Assert.Contains("nosuchfield", (await BodyAsync(modern)).GetProperty("errors")[0].Str("message"));
        using var legacy = await Send("application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType!.MediaType);
        using var neither = await Send("text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, neither.StatusCode);
    }

    [Fact]
    public async Task Introspection_answers_and_the_schema_is_published_as_SDL()
    {
        var data = await fixture.Host.QueryAsync("{ __schema { queryType { name } mutationType { name } } __type(name: \"Stance\") { enumValues { name } } }");
        Assert.Equal("Mutation", data.GetProperty("__schema").GetProperty("mutationType").Str("name"));
        Assert.Equal(["BACKS", "OPPOSES", "PROPOSES", "SPONSORS"], data.GetProperty("__type").GetProperty("enumValues").Items().Select(v => v.Str("name")).Order());
        var sdl = await Http.GetStringAsync("/graphql/schema.graphql");
        Assert.Contains("type Draft implements Node", sdl);
        // Its includeRetracted argument is described, so the printer puts each argument on a line of its own.
        Assert.Contains("positions(\n    stance: Stance,\n    asOf: Date,\n", sdl);
        Assert.Contains("includeRetracted: Boolean = false): [Position!]!", sdl);
        Assert.Contains("path(from: ID!, to: ID!, maxHops: Int = 4): Path", sdl);
        Assert.Contains("first: Int = 20): [Extraction!]!", sdl); // Actor.mentions (its argument is described, so the printer breaks the line)
        Assert.Contains("origin: Origin!", sdl);
        Assert.Contains("enum Origin", sdl);
    }

    [Fact]
    public async Task The_query_IDE_is_served_with_its_assets()
    {
        var page = await Http.GetStringAsync("/graphiql");
        Assert.Contains("graphiql.min.js", page);
        using var script = await Http.GetAsync("/lib/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        using var health = await Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var ready = await Http.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
