using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Api.Http;
using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// Answers to queries are reused while the store has not changed (<see cref="AnswerCache"/>): a repeat gets the same data
/// without a round trip, and any committed write, by the API or by another connection to the file, makes the next one run.
/// </summary>
public sealed class AnswerCacheTests : IAsyncLifetime
{
    private const string Japan = """{ actor(id: "japan") { id name statements(first: 3) { totalCount nodes { id } } } }""";
    private const string Newcomer = """{ actor(id: "newcomer") { id name } }""";

    private ApiHost api = null!;

    public Task InitializeAsync()
    {
        api = ApiHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    private AnswerCache Answers => api.Services.GetRequiredService<AnswerCache>();

    private static int RoundTrips(JsonElement result) => result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32();

    [Fact]
    public async Task A_repeated_query_gets_the_same_data_without_a_round_trip()
    {
        var first = await api.PostAsync(Japan);
        var second = await api.PostAsync(Japan);
        Assert.True(RoundTrips(first) > 0);
        Assert.Equal(0, RoundTrips(second));
        Assert.Equal(first.GetProperty("data").GetRawText(), second.GetProperty("data").GetRawText());
        Assert.Equal("Japan", second.GetProperty("data").GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task Other_variables_are_another_request()
    {
        const string ByVariable = "query A($id: ID!) { actor(id: $id) { name } }";
        Assert.Equal("Japan", (await api.QueryAsync(ByVariable, new { id = "japan" })).GetProperty("actor").Str("name"));
        Assert.Equal("China", (await api.QueryAsync(ByVariable, new { id = "china" })).GetProperty("actor").Str("name"));
        Assert.Equal("Japan", (await api.QueryAsync(ByVariable, new { id = "japan" })).GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task A_mutation_through_the_API_makes_the_next_query_run()
    {
        Assert.Equal(JsonValueKind.Null, (await api.QueryAsync(Newcomer)).GetProperty("actor").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.QueryAsync(Newcomer)).GetProperty("actor").ValueKind); // kept
        await api.QueryAsync("""mutation { createActor(input: { id: "newcomer", kind: STATE, name: "Newcomer" }) { id } }""");
        var after = await api.PostAsync(Newcomer);
        Assert.Equal("Newcomer", after.GetProperty("data").GetProperty("actor").Str("name"));
        Assert.True(RoundTrips(after) > 0);
    }

    [Fact]
    public async Task A_write_by_another_connection_to_the_file_makes_the_next_query_run()
    {
        Assert.Equal(JsonValueKind.Null, (await api.QueryAsync(Newcomer)).GetProperty("actor").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.QueryAsync(Newcomer)).GetProperty("actor").ValueKind);
        // As another process would (the CLI loading into the file the API serves): its own store on the same file.
        using (var other = new SqliteGraphStore(api.DatabasePath))
            await other.ApplyAsync([new CreateActor(new Actor("newcomer", ActorKind.State, "Newcomer", [], null))]);
        Assert.Equal("Newcomer", (await api.QueryAsync(Newcomer)).GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task Answers_with_errors_and_refusals_are_never_kept()
    {
        await api.QueryAsync("{ __typename }"); // the store's version is known once something is asked
        var before = Answers.Count;
        for (var i = 0; i < 2; i++)
        {
            await api.ErrorAsync("""{ actor(id: "japan") { statements(first: -1) { totalCount } } }""");
            await api.ErrorAsync("""{ actor(id: "japan") { nickname } }""");
        }
        Assert.Equal(before, Answers.Count);
    }

    [Fact]
    public async Task A_mutation_is_never_kept_and_runs_each_time()
    {
        const string Create = """mutation { createActor(input: { id: "twice", kind: STATE, name: "Twice" }) { id } }""";
        await api.QueryAsync(Create);
        var again = await api.ErrorAsync(Create); // the second finds the first's actor: it ran
        Assert.Contains("twice", again.Message(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_kept_answer_keeps_its_media_type_over_GET_and_POST(string mediaType)
    {
        using var client = api.AnonymousClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        for (var i = 0; i < 2; i++)
        {
            using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Japan));
            Assert.Equal(mediaType, get.Content.Headers.ContentType?.MediaType);
            var viaGet = JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Japan", viaGet.GetProperty("data").GetProperty("actor").Str("name"));

            using var body = new StringContent(JsonSerializer.Serialize(new { query = Japan }), Encoding.UTF8, "application/json");
            using var post = await client.PostAsync("/graphql", body);
            Assert.Equal(mediaType, post.Content.Headers.ContentType?.MediaType);
            var viaPost = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(viaGet.GetProperty("data").GetRawText(), viaPost.GetProperty("data").GetRawText());
            if (i == 1) Assert.Equal(0, RoundTrips(viaPost));
        }
    }

    [Fact]
    public async Task With_a_budget_of_zero_nothing_is_kept()
    {
        await using var off = ApiHost.Start(settings: new Dictionary<string, string?> { ["Graph:Limits:AnswerCacheBytes"] = "0" });
        var first = await off.PostAsync(Japan);
        var second = await off.PostAsync(Japan);
        Assert.Equal(RoundTrips(first), RoundTrips(second));
        Assert.True(RoundTrips(second) > 0);
        Assert.Equal(0, off.Services.GetRequiredService<AnswerCache>().Count);
    }

    [Fact]
    public void An_answer_is_reused_only_at_the_version_it_was_given_and_a_large_one_is_not_kept()
    {
        var store = new SettableVersion { Version = 7 };
        using var cache = new AnswerCache(store, maxBytes: 8_000);
        var key = new AnswerKey("POST", "application/json", "{\"query\":\"{ a }\"}"u8);
        cache.Add(key, 7, "{\"data\":{\"a\":1}"u8.ToArray());
        Assert.NotNull(cache.Get(new AnswerKey("POST", "application/json", "{\"query\":\"{ a }\"}"u8), 7));
        Assert.Null(cache.Get(key, 8));
        Assert.Null(cache.Get(new AnswerKey("GET", "application/json", "{\"query\":\"{ a }\"}"u8), 7));
        Assert.Null(cache.Get(new AnswerKey("POST", "application/graphql-response+json", "{\"query\":\"{ a }\"}"u8), 7));

        var large = new AnswerKey("POST", "application/json", "{\"query\":\"{ b }\"}"u8);
        cache.Add(large, 7, new byte[1_000]); // more than an eighth of the budget with its key
        Assert.Null(cache.Get(large, 7));
    }

    [Fact]
    public void With_a_store_that_cannot_tell_nothing_is_kept() =>
        Assert.Null(new AnswerCache(UnknownDataVersion.Instance, maxBytes: 1_000_000).Version());

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1048576", 1048576L)]
    [InlineData(null, 32L * 1024 * 1024)]
    public void The_budget_may_be_zero_or_a_whole_number_of_bytes(string? setting, long bytes) =>
        Assert.Equal(bytes, Http.Limits.QueryLimits.From(key => key == "AnswerCacheBytes" ? setting : null).AnswerCacheBytes);

    [Theory]
    [InlineData("AnswerCacheBytes", "-1")]
    [InlineData("AnswerCacheBytes", "1.5")]
    [InlineData("AnswerCacheBytes", "lots")]
    [InlineData("MaxDepth", "0")] // zero is for this budget alone
    public void A_budget_that_is_not_zero_or_a_whole_number_stops_the_start_naming_it(string name, string value)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Http.Limits.QueryLimits.From(key => key == name ? value : null));
        Assert.Contains($"Graph:Limits:{name}", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(value, refusal.Message, StringComparison.Ordinal);
    }

    private sealed class SettableVersion : IDataVersion
    {
        public long? Version { get; set; }
        public long? Current() => Version;
    }
}
