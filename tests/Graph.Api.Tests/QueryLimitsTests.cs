using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// What one request may ask, under the default limits: depth, cost, page size, body and query-string size. Everyday
/// queries (GraphiQL's introspection, a notebook's nested read) stay inside them; each refusal names its limit.
/// </summary>
public sealed class QueryLimitsTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static IEnumerable<JsonElement> Errors(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors.Items() : [];

    /// <summary>Exactly what GraphiQL 3 sends to load the schema: graphql-js 16's getIntrospectionQuery(), 15 fields deep.</summary>
    public const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind
            ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } }
        }
        """;

    /// <summary>A notebook's everyday read: every draft with who stands where, their alliances and the evidence.</summary>
    private const string NotebookQuery = """
        { drafts { nodes { id title positions { stance since
            actor { name memberships { alliance { name } } }
            evidence { excerpt source { title } } } } } }
        """;

    /// <summary>actor → positions → draft → positions → actor → ..., <paramref name="levels"/> fields deep before the leaf.</summary>
    public static string Nested(int levels)
    {
        string[] cycle = ["positions", "draft", "positions", "actor"];
        var fields = new List<string> { """actor(id: "japan")""" };
        for (var i = 0; fields.Count < levels; i++) fields.Add(cycle[i % cycle.Length]);
        return "{ " + string.Join(" { ", fields) + " { id" + new string('}', fields.Count) + " }";
    }

    [Fact]
    public async Task The_introspection_query_GraphiQL_sends_passes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = GraphiQLIntrospection, operationName = "IntrospectionQuery" }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        using var response = await Api.Http.SendAsync(request);
        var body = await BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Empty(Errors(body));
        var types = body.GetProperty("data").GetProperty("__schema").GetProperty("types").Items().Select(t => t.Str("name")).ToList();
        Assert.Contains("Draft", types);
        Assert.Contains("__Type", types);
    }

    [Fact]
    public async Task The_notebook_query_and_the_README_examples_pass()
    {
        var drafts = (await Api.QueryAsync(NotebookQuery)).GetProperty("drafts").GetProperty("nodes");
        Assert.Contains(drafts.Items(), d => d.GetProperty("positions").GetArrayLength() > 0);
        await Api.QueryAsync("""
            { draft(id: "japan-sanctions-resolution") { title status positions { stance since actor { name }
                evidence { excerpt source { title date } statement { text } } } } }
            """);
        await Api.QueryAsync("""{ actors(first: 100) { totalCount nodes { id name statements(first: 20) { nodes { text } } } } }""");
    }

    [Fact]
    public async Task A_query_nested_20_levels_is_refused_for_depth()
    {
        var result = await Api.PostAsync(Nested(20));
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "nothing may run");
        var error = Assert.Single(Errors(result), e => e.Code() == "MAX_DEPTH_EXCEEDED");
        Assert.Contains("21 fields deep; the limit is 18", error.Message());
    }

    [Fact]
    public async Task A_query_that_multiplies_pages_is_refused_for_cost_with_the_cost_and_the_limit()
    {
        // actors 1 + nodes 1 + 100 × (statements 1 + nodes 1 + 100 × (about 1 + 10 × id 1)) = 110202
        var error = await Api.ErrorAsync("{ actors(first: 100) { nodes { statements(first: 100) { nodes { about { id } } } } } }");
        Assert.Equal("MAX_COST_EXCEEDED", error.Code());
        Assert.Contains("cost is 110202; the limit is 50000", error.Message());
    }

    [Fact]
    public async Task The_cost_counts_variables_and_fragments()
    {
        // The same query, its page size in a variable and its inner selection in a fragment.
        var error = await Api.ErrorAsync("""
            query($n: Int) { actors(first: $n) { nodes { statements(first: $n) { nodes { ...About } } } } }
            fragment About on Statement { about { id } }
            """, new { n = 100 });
        Assert.Equal("MAX_COST_EXCEEDED", error.Code());
        Assert.Contains("cost is 110202", error.Message());
        await Api.QueryAsync("""
            query($n: Int) { actors(first: $n) { nodes { statements(first: $n) { nodes { ...About } } } } }
            fragment About on Statement { about { id } }
            """, new { n = 5 });
    }

    [Fact]
    public async Task Fragments_that_each_spread_the_next_twice_are_refused_at_once()
    {
        // 40 fragments, 2 KB: merged, the response has 41 fields; written out, 2^41 selections, which graphql-dotnet's
        // executor would go through one by one (no timeout can interrupt it).
        var fragments = Enumerable.Range(1, 40).Select(i => $"fragment F{i} on Actor {{ ...F{i - 1} a{i}: name ...F{i - 1} }}");
        var query = "{ actor(id: \"japan\") { ...F40 } }\nfragment F0 on Actor { name }\n" + string.Join("\n", fragments);
        var clock = Stopwatch.StartNew();
        Assert.Equal("MAX_FRAGMENT_DEPTH_EXCEEDED", (await Api.ErrorAsync(query)).Code());
        // 16 of them (as deep as fragments may go): 2^16 selections written out.
        var error = await Api.ErrorAsync("{ actor(id: \"japan\") { ...F16 } }\nfragment F0 on Actor { name }\n" + string.Join("\n", fragments.Take(16)));
        Assert.Equal("MAX_COST_EXCEEDED", error.Code());
        Assert.Contains("more than 50000 fields once its fragments are written out", error.Message());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");

        // A fragment spread in many places, as the introspection query does, is fine.
        await Api.QueryAsync("""
            { a: actor(id: "japan") { ...Who } b: actor(id: "china") { ...Who } c: actor(id: "taro-aso") { ...Who represents { represents { ...Who } } } }
            fragment Who on Actor { id name kind aliases }
            """);
    }

    [Fact]
    public async Task A_page_over_100_is_refused_as_PAGE_SIZE_EXCEEDED()
    {
        var top = await Api.ErrorAsync("{ actors(first: 101) { totalCount } }");
        Assert.Equal("PAGE_SIZE_EXCEEDED", top.Code());
        Assert.Contains("101", top.Message());
        var nested = await Api.ErrorAsync("""{ actor(id: "taro-aso") { statements(first: 1000) { totalCount } } }""");
        Assert.Equal("PAGE_SIZE_EXCEEDED", nested.Code());
        var negative = await Api.ErrorAsync("{ actors(first: -1) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", negative.Code());
    }

    [Fact]
    public async Task A_body_over_256_KiB_is_refused_with_413_and_a_GraphQL_error()
    {
        var padding = new string(' ', 256 * 1024);
        using var response = await Api.Http.PostAsync("/graphql",
            new StringContent($$"""{"query": "{ __typename }{{padding}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = Assert.Single(Errors(await BodyAsync(response)));
        Assert.Equal("BODY_TOO_LARGE", error.Code());
        Assert.Contains("the limit is 262144", error.Message());

        // Just under the limit is fine.
        var under = new string(' ', 200 * 1024);
        using var ok = await Api.Http.PostAsync("/graphql",
            new StringContent($$"""{"query": "{ __typename }{{under}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_GET_query_string_over_the_limit_is_refused_with_414_and_a_GraphQL_error()
    {
        // A comment that needs no escaping keeps the request line within Kestrel's own 8 KiB.
        var query = Uri.EscapeDataString("{ __typename #" + new string('x', 7000) + "\n}");
        using var response = await Api.Http.GetAsync($"/graphql?query={query}");
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("QUERY_STRING_TOO_LONG", Assert.Single(Errors(await BodyAsync(response))).Code());
    }

    [Fact]
    public async Task Depth_and_cost_refusals_are_request_errors_400_in_graphql_response_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Nested(20) }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await Api.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains(Errors(body), e => e.Code() == "MAX_DEPTH_EXCEEDED");
    }
}

/// <summary>
/// The limits come from Graph:Limits: a host with small ones, and a store that stalls on one search, to show a request
/// that runs out of time is cancelled (the store call too) and still answered.
/// </summary>
public sealed class ConfiguredQueryLimitsTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-api-limits-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient http = null!;
    private readonly StallingStore.Probe probe = new();

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "graph.db");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Graph:Database", database);
            web.UseSetting("Urls", "http://127.0.0.1:0");
            web.UseSetting("Logging:LogLevel:Default", "Error");
            web.UseSetting("Graph:Limits:MaxDepth", "4");
            web.UseSetting("Graph:Limits:MaxCost", "242");
            web.UseSetting("Graph:Limits:MaxBodyBytes", "1024");
            web.UseSetting("Graph:Limits:MaxQueryStringLength", "200");
            web.UseSetting("Graph:Limits:TimeoutSeconds", "1");
            web.ConfigureServices(services => services.AddSingleton<IGraphStore>(_ => StallingStore.Wrap(new SqliteGraphStore(database), probe)));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        http = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await factory.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string? FirstCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].Code() : null;

    [Fact]
    public async Task Depth_is_counted_in_fields_to_the_leaf_and_the_limit_is_configurable()
    {
        var (_, four) = await PostAsync("""{ actor(id: "taro-aso") { represents { represents { name } } } }""");
        Assert.Null(FirstCode(four));
        var (_, five) = await PostAsync("""{ actor(id: "taro-aso") { represents { represents { represents { title } } } } }""");
        Assert.Equal("MAX_DEPTH_EXCEEDED", FirstCode(five));
        Assert.Contains("5 fields deep; the limit is 4", five.GetProperty("errors")[0].Message());
    }

    [Fact]
    public async Task Cost_follows_the_documented_model_and_the_limit_is_configurable()
    {
        // drafts 1 + nodes 1 + 20 (default page) × (title 1 + positions 1 + 10 (list estimate) × stance 1) = 242
        var (_, atLimit) = await PostAsync("{ drafts { nodes { title positions { stance } } } }");
        Assert.Null(FirstCode(atLimit));
        // totalCount and pageInfo count once, __typename is free, and __schema costs its weight whatever is under it
        var (_, cheap) = await PostAsync("{ drafts(first: 20) { totalCount pageInfo { hasNextPage } nodes { __typename title positions { stance } } } }");
        Assert.Equal("MAX_COST_EXCEEDED", FirstCode(cheap)); // 242 + totalCount 1 + pageInfo 1 + hasNextPage 1 = 245
        Assert.Contains("cost is 245; the limit is 242", cheap.GetProperty("errors")[0].Message());
        var (_, introspected) = await PostAsync("{ __schema { types { name fields { name } } } }");
        Assert.Contains($"cost is {Graph.Api.Http.Limits.CostModel.Weights["__schema"]};", introspected.GetProperty("errors")[0].Message());
        var (_, over) = await PostAsync("{ drafts(first: 21) { nodes { title positions { stance } } } }");
        Assert.Equal("MAX_COST_EXCEEDED", FirstCode(over));
        Assert.Contains("cost is 254; the limit is 242", over.GetProperty("errors")[0].Message());
    }

    [Fact]
    public async Task Votes_and_ballots_are_weighed_as_the_other_lists_of_facts()
    {
        // A draft's votes are a list like its positions: the same cost, at the limit.
        var (_, votes) = await PostAsync("{ drafts { nodes { title votes { result } } } }");
        Assert.Null(FirstCode(votes));
        // draft 1 + votes 1 + 10 × (ballots 1 + 10 × (id 1 + choice 1 + isVeto 1)) = 312
        var (_, ballots) = await PostAsync("""{ draft(id: "japan-sanctions-resolution") { votes { ballots { id choice isVeto } } } }""");
        Assert.Equal("MAX_COST_EXCEEDED", FirstCode(ballots));
        Assert.Contains("cost is 312; the limit is 242", ballots.GetProperty("errors")[0].Message());
        // An actor's ballots are a list too.
        var (_, actor) = await PostAsync("""{ actor(id: "japan") { ballots { choice vote { result } } } }""");
        Assert.Null(FirstCode(actor)); // 1 + 1 + 10 × (1 + 1 + 1) = 32
    }

    [Fact]
    public async Task Depth_and_cost_are_measured_for_every_request_of_a_cached_text()
    {
        // The same text, validated and cached by the first request, is over the cost limit only with a larger page.
        const string Paged = "query Paged($n: Int, $deep: Boolean!) { drafts(first: $n) { nodes { title positions { stance } " +
            "forum @include(if: $deep) { represents { represents { name } } } } } }";
        async Task<string?> CodeAsync(object variables)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = Paged, variables });
            return FirstCode(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }
        Assert.Null(await CodeAsync(new { n = 10, deep = false }));
        Assert.Null(await CodeAsync(new { n = 20, deep = false }));
        Assert.Equal("MAX_COST_EXCEEDED", await CodeAsync(new { n = 21, deep = false }));
        Assert.Equal("MAX_DEPTH_EXCEEDED", await CodeAsync(new { n = 1, deep = true }));
        Assert.Null(await CodeAsync(new { n = 1, deep = false }));
    }

    [Fact]
    public async Task An_operation_over_the_limits_is_refused_after_another_of_the_same_document_passed()
    {
        // Nothing here varies with variables, so a passed operation is not measured again; the other one still is.
        const string Document = "query Cheap { drafts(first: 1) { nodes { title } } } " +
            "query Dear { drafts(first: 21) { nodes { title positions { stance } } } }";
        async Task<string?> CodeAsync(string operationName)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = Document, operationName });
            return FirstCode(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }
        for (var i = 0; i < 2; i++)
        {
            Assert.Null(await CodeAsync("Cheap"));
            Assert.Equal("MAX_COST_EXCEEDED", await CodeAsync("Dear"));
        }
    }

    [Fact]
    public async Task Body_and_query_string_limits_are_configurable_and_a_chunked_body_is_counted_too()
    {
        var padding = new string(' ', 2000);
        using var sized = await http.PostAsync("/graphql", new StringContent($$"""{"query": "{ __typename }{{padding}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sized.StatusCode);

        // No Content-Length: refused while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"query": "{ __typename }{{padding}}"}""")));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        var body = JsonDocument.Parse(await streamed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("BODY_TOO_LARGE", FirstCode(body));

        using var longGet = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename" + new string(' ', 300) + "}"));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longGet.StatusCode);
        using var shortGet = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        Assert.Equal(HttpStatusCode.OK, shortGet.StatusCode);
    }

    [Fact]
    public async Task A_request_over_time_is_cancelled_and_answered_with_TIMEOUT()
    {
        var clock = Stopwatch.StartNew();
        var (status, body) = await PostAsync("""{ actors(search: "stall") { totalCount } }""");
        Assert.Equal(HttpStatusCode.OK, status); // application/json: a well-formed request answers 200
        Assert.Equal("TIMEOUT", FirstCode(body));
        Assert.Contains("limit of 1 s", body.GetProperty("errors")[0].Message());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"answered after {clock.Elapsed}");
        // The store call saw the cancellation: the work stopped, not just the wait.
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var (modernStatus, modern) = await PostAsync("""{ actors(search: "stall") { totalCount } }""", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.GatewayTimeout, modernStatus);
        Assert.Equal("TIMEOUT", FirstCode(modern));

        // The host is fine afterwards.
        var (_, after) = await PostAsync("""{ actor(id: "japan") { name } }""");
        Assert.Equal("Japan", after.GetProperty("data").GetProperty("actor").Str("name"));
    }
}

/// <summary>The real store, except that searching actors for "stall" waits until the call is cancelled.</summary>
public class StallingStore : DispatchProxy
{
    public sealed class Probe
    {
        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private IGraphStore inner = null!;
    private Probe probe = null!;

    public static IGraphStore Wrap(IGraphStore inner, Probe probe)
    {
        var proxy = Create<IGraphStore, StallingStore>();
        var self = (StallingStore)(object)proxy;
        self.inner = inner;
        self.probe = probe;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method!.Name == nameof(IGraphStore.FindActorsAsync) && args![0] is ActorFilter { Search: "stall" })
            return StallAsync((CancellationToken)args[2]!);
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerException!);
            throw;
        }
    }

    private async Task<Page<Actor>> StallAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            probe.Cancelled.TrySetResult();
            throw;
        }
        throw new UnreachableException();
    }
}
