using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Http.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Run alone, so that the process CPU measured around a request is that request's.</summary>
[CollectionDefinition(nameof(AbuseCollection), DisableParallelization = true)]
public sealed class AbuseCollection;

/// <summary>
/// Every hostile shape gets its coded refusal (or a bounded answer) for little CPU, while a cheap read keeps answering.
/// The CPU bound is generous (a Debug build, a shared machine); what it catches is work without bound: these shapes
/// cost tens of CPU-seconds, or stopped the process, before they were bounded.
/// </summary>
[Collection(nameof(AbuseCollection))]
public sealed class AbuseTests : IAsyncLifetime
{
    private static readonly TimeSpan CpuBound = TimeSpan.FromSeconds(3);
    private const string WhoBacks = """{ draft(id: "japan-sanctions-resolution") { positions(stance: BACKS) { actor { name } } } }""";

    private ApiHost api = null!;

    public Task InitializeAsync()
    {
        api = ApiHost.Start(settings: new Dictionary<string, string?>
        {
            ["Graph:ApiKeys"] = ApiHost.WriteKey,
            ["Graph:Limits:MaxHeavyRequests"] = "1",
            ["Graph:Limits:HeavyQueueSeconds"] = "0.2",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    public static TheoryData<HostileShape> Shapes() => [.. HostileShapes.All];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_hostile_shape_is_refused_by_its_code_or_answered_for_little_cpu_while_cheap_reads_answer(HostileShape shape)
    {
        await api.QueryAsync(WhoBacks); // warm: the first request pays for compiling what every request runs
        using var anonymous = api.AnonymousClient();
        using var cheapStop = new CancellationTokenSource();
        var cheap = Task.Run(async () =>
        {
            var answered = 0;
            do
            {
                var data = await api.QueryAsync(WhoBacks);
                Assert.True(data.GetProperty("draft").GetProperty("positions").GetArrayLength() > 0);
                answered++;
            } while (!cheapStop.IsCancellationRequested);
            return answered;
        });

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(shape.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await (shape.WithKey ? api.Http : anonymous).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await cheapStop.CancelAsync();
        Assert.True(await cheap >= 1);

        Assert.True(text.Length < 1_000_000, $"{shape}: an answer of {text.Length} characters");
        var body = JsonDocument.Parse(text).RootElement;
        var codes = body.TryGetProperty("errors", out var errors) ? errors.Items().Select(e => e.Code()).ToList() : [];
        if (shape.Code is null)
            Assert.True(codes.Count == 0 && body.TryGetProperty("data", out _), $"{shape}: HTTP {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        else
            Assert.True(codes.Contains(shape.Code), $"{shape}: expected {shape.Code}, got HTTP {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        Assert.True(codes.Count <= QueryLimits.Default.MaxErrors + 1, $"{shape}: {codes.Count} errors");
        Assert.True(spent < CpuBound, $"{shape}: {spent.TotalMilliseconds:0} ms of CPU");
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("a0", out _) && shape.WithKey,
            $"{shape}: the mutation ran");
    }

    [Fact]
    public async Task Nothing_a_refused_mutation_asked_for_was_written()
    {
        var shape = HostileShapes.All.Single(s => s.WithKey);
        using var response = await api.Http.PostAsync("/graphql", new ByteArrayContent(shape.Body) { Headers = { ContentType = new("application/json") } });
        Assert.Equal("MAX_ALIASES_EXCEEDED", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].Code());
        var read = await api.QueryAsync("""{ actor(id: "alias-0") { id } }""");
        Assert.Equal(JsonValueKind.Null, read.GetProperty("actor").ValueKind);
    }

    [Fact]
    public async Task A_heavy_request_waits_for_a_turn_and_is_refused_with_429_when_none_comes_while_cheap_reads_answer()
    {
        const string alignment = """{ alignment(from: "2006-07-01", to: "2006-07-31") { modularity } }""";
        var heavy = api.Services.GetRequiredService<HeavyRequests>();
        using (var turn = await heavy.EnterAsync(CancellationToken.None))
        {
            Assert.NotNull(turn); // the only turn: MaxHeavyRequests is 1 here
            using var busy = await api.Http.PostAsJsonAsync("/graphql", new { query = alignment });
            Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
            Assert.True(busy.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var error = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
            Assert.Equal("BUSY", error.Code());
            // Through a fragment it is the same operation, so the same turn is needed.
            using var hidden = await api.Http.PostAsJsonAsync("/graphql", new { query = "{ ...H } fragment H on Query { a: alignment { modularity } }" });
            Assert.Equal(HttpStatusCode.TooManyRequests, hidden.StatusCode);
            // Exports of a window need the same turn; a draft's export does not.
            using var windowExport = await api.Http.GetAsync("/export/gexf?scope=WINDOW&from=2006-07-01&to=2006-07-31");
            Assert.Equal(HttpStatusCode.TooManyRequests, windowExport.StatusCode);
            using var draftExport = await api.Http.GetAsync("/export/gexf?scope=DRAFT&id=japan-sanctions-resolution");
            Assert.Equal(HttpStatusCode.OK, draftExport.StatusCode);
            await api.QueryAsync(WhoBacks); // cheap reads need no turn, nor a draft's graph (the map's)
            await api.QueryAsync("""query($s: GraphScope!) { graph(scope: $s, id: "japan-sanctions-resolution") { nodes { id } } }""", new { s = "DRAFT" });
            using var window = await api.Http.PostAsJsonAsync("/graphql", new
            {
                query = "query($s: GraphScope!) { graph(scope: $s, from: \"2006-07-01\", to: \"2006-07-31\") { nodes { id } } }",
                variables = new { s = "WINDOW" },
            });
            Assert.Equal(HttpStatusCode.TooManyRequests, window.StatusCode);
        }
        var answered = await api.QueryAsync(alignment);
        Assert.Equal(JsonValueKind.Number, answered.GetProperty("alignment").GetProperty("modularity").ValueKind);
    }

    [Fact]
    public async Task An_answer_over_the_size_limit_is_replaced_by_a_coded_error()
    {
        await using var small = ApiHost.Start(settings: new Dictionary<string, string?> { ["Graph:Limits:MaxResponseBytes"] = "4000" });
        var error = await small.ErrorAsync("{ actors(first: 100) { nodes { id name aliases description } } }");
        Assert.Equal("RESPONSE_TOO_LARGE", error.Code());
        Assert.Contains("4000", error.Message());
        Assert.Equal("Japan", (await small.QueryAsync("""{ actor(id: "japan") { name } }""")).GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task Introspection_costs_what_it_reads()
    {
        var ten = "{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"a{i}: __schema {{ queryType {{ name }} }}")) + " }";
        Assert.Equal(10, (await api.QueryAsync(ten)).EnumerateObject().Count());
        var eleven = "{ " + string.Join(" ", Enumerable.Range(0, 11).Select(i => $"a{i}: __schema {{ queryType {{ name }} }}")) + " }";
        Assert.Equal("MAX_COST_EXCEEDED", (await api.ErrorAsync(eleven)).Code());
    }
}
