using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Writes need a key; reads never do. Keys are compared, not echoed; CORS lets configured origins in.</summary>
public sealed class WriteAccessTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private const string CreateGhost = """mutation { createActor(input: { id: "ghost-state", kind: STATE, name: "Ghost" }) { id } }""";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string query, string? key = null, string header = "Authorization")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (key is not null) request.Headers.TryAddWithoutValidation(header, header == "Authorization" ? $"Bearer {key}" : key);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task A_mutation_without_a_key_is_refused_and_writes_nothing_while_reads_work()
    {
        using var anonymous = fixture.Host.AnonymousClient();
        var (status, body) = await PostAsync(anonymous, CreateGhost);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].Code());
        Assert.Contains("API key", body.GetProperty("errors")[0].Message());

        var (readStatus, read) = await PostAsync(anonymous, """{ actor(id: "ghost-state") { id } japan: actor(id: "japan") { name } }""");
        Assert.Equal(HttpStatusCode.OK, readStatus);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("data").GetProperty("actor").ValueKind);
        Assert.Equal("Japan", read.GetProperty("data").GetProperty("japan").Str("name"));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_without_echoing_it()
    {
        using var anonymous = fixture.Host.AnonymousClient();
        var (status, body) = await PostAsync(anonymous, CreateGhost, "not-the-key-987");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain("not-the-key-987", body.ToString());
        Assert.Contains("not valid", body.GetProperty("errors")[0].Message());
    }

    [Fact]
    public async Task A_mutation_hidden_among_several_operations_still_needs_a_key()
    {
        using var anonymous = fixture.Host.AnonymousClient();
        var document = "query A { actors { totalCount } } " + CreateGhost.Replace("mutation {", "mutation B {");
        // With no operation name nothing runs (the request must choose); naming the mutation needs the key.
        var (status, body) = await PostAsync(anonymous, document);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("operation", body.GetProperty("errors")[0].Message(), StringComparison.OrdinalIgnoreCase);
        using var named = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document, operationName = "B" }) };
        using var response = await anonymous.SendAsync(named);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_key_may_come_as_a_bearer_token_or_an_X_Api_Key_header()
    {
        using var anonymous = fixture.Host.AnonymousClient();
        var id = "keyed-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await PostAsync(anonymous, $$"""mutation { createActor(input: { id: "{{id}}", kind: STATE, name: "Keyed" }) { id } }""",
            ApiHost.WriteKey, "X-Api-Key");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, body.GetProperty("data").GetProperty("createActor").Str("id"));
    }

    [Fact]
    public async Task With_no_keys_configured_every_mutation_is_refused_and_says_how_to_enable_writes()
    {
        await using var host = ApiHost.Start(settings: new Dictionary<string, string?>());
        var (status, body) = await PostAsync(host.Http, CreateGhost, ApiHost.WriteKey);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Graph:ApiKeys", body.GetProperty("errors")[0].Message());
    }

    [Fact]
    public async Task Configured_origins_pass_CORS_and_others_do_not()
    {
        await using var host = ApiHost.Start(settings: new Dictionary<string, string?>
        {
            ["Graph:ApiKeys"] = ApiHost.WriteKey, ["Graph:Cors:Origins:0"] = "http://notebooks.example",
        });
        async Task<string?> AllowedOrigin(string origin)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
            using var response = await host.Http.SendAsync(preflight);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }
        Assert.Equal("http://notebooks.example", await AllowedOrigin("http://notebooks.example"));
        Assert.Null(await AllowedOrigin("http://elsewhere.example"));
    }
}
