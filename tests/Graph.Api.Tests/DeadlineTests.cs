using System.Reflection;
using Graph.Core;
using Graph.Ingest;
using Graph.Store.Embedded;

namespace Graph.Api.Tests;

/// <summary>
/// The request deadline (Graph:Limits:TimeoutSeconds) reaches the work, not only the store calls: over a graph where
/// 1,500 states all take a side of the same eight drafts, an alignment or a bloc timeline is tens of seconds of SQLite
/// and CPU, and with a deadline of 1 s the answer is TIMEOUT. Nothing is timed.
/// </summary>
public sealed class DeadlineTests(DeadlineTests.CrowdedHost crowded) : IClassFixture<DeadlineTests.CrowdedHost>
{
    public sealed class CrowdedHost : IAsyncLifetime
    {
        public ApiHost Api { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var folder = Path.Combine(Path.GetTempPath(), "graph-api-tests-" + Guid.NewGuid().ToString("N"));
            using (var store = new SqliteGraphStore(Path.Combine(folder, "graph.db")))
            {
                await store.InitializeAsync();
                await store.ApplyAsync(Graph.Store.Tests.CrowdedGraph.Writes(states: 2_000, drafts: 8, seed: 5));
            }
            Api = ApiHost.Start(folder, new Dictionary<string, string?> { ["Graph:Seed"] = "", ["Graph:Limits:TimeoutSeconds"] = "1" });
        }

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }

    private ApiHost Api => crowded.Api;

    [Theory]
    [InlineData("{ alignment { modularity blocs { id } } }")]
    [InlineData("{ blocTimeline(from: \"2006-07-01\", to: \"2006-12-31\") { snapshots { date } moves { date } } }")]
    public async Task A_heavy_coalition_query_is_answered_with_TIMEOUT(string query)
    {
        var result = await Api.PostAsync(query);
        var error = Assert.Single(result.GetProperty("errors").Items());
        Assert.Equal("TIMEOUT", error.Code());
    }

    [Fact]
    public async Task An_export_of_a_window_is_answered_with_TIMEOUT()
    {
        using var response = await Api.Http.GetAsync("/export/graphml?scope=WINDOW&from=2006-07-01&to=2006-12-31");
        Assert.Equal(System.Net.HttpStatusCode.GatewayTimeout, response.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("TIMEOUT", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_search_of_too_many_words_is_refused_naming_the_limit()
    {
        var words = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"w{i}")); // 140 KB: within the body limit
        var error = await Api.ErrorAsync("query($s: String) { statements(search: $s, first: 5) { totalCount } }", new { s = words });
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains($"at most {SearchWords.MaxWords}", error.Message());
    }
}

/// <summary>ingestReport reads one report at a time; a request waiting for its turn still stops when its own token is cancelled.</summary>
public sealed class ReportIngestionWaitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-ingestion-wait-").FullName;

    private const string Report = """
        Outlet: Example Wire
        Title: Council split over sanctions draft
        Date: 2006-07-08
        ---
        Japan on Saturday urged the council to vote on a resolution it sponsored, backed by the United States, Britain and France.
        """;

    [Fact]
    public async Task A_report_waiting_for_the_one_being_read_stops_when_cancelled()
    {
        using var inner = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await inner.InitializeAsync();
        var (store, entered, release) = HeldStore.Create(inner);
        var ingestion = new ReportIngestion(store, Lexicon.Load());

        var first = ingestion.IngestAsync(Report, new ReportMetadata(null, null, null, null), CancellationToken.None);
        await entered.WaitAsync(TimeSpan.FromSeconds(30)); // the first holds the turn, its first store call held

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var second = ingestion.IngestAsync(Report.Replace("Saturday", "Sunday"), new ReportMetadata(null, null, null, null), cancel.Token);
        // (The guard only keeps a regression from hanging the run: the second would otherwise wait for the release below.)
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(TimeSpan.FromSeconds(30)));

        release.SetResult();
        Assert.False((await first).AlreadyIngested); // the first was not disturbed
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>A store whose first call waits until the test releases it (and says when it has begun); every other call goes straight through.</summary>
public class HeldStore : DispatchProxy
{
    private IGraphStore inner = null!;
    private TaskCompletionSource entered = null!, release = null!;
    private int calls;

    public static (IGraphStore Store, Task Entered, TaskCompletionSource Release) Create(IGraphStore inner)
    {
        var store = Create<IGraphStore, HeldStore>();
        var held = (HeldStore)(object)store;
        (held.inner, held.entered, held.release) = (inner, new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
        return (store, held.entered.Task, held.release);
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (Interlocked.Increment(ref calls) != 1) return method!.Invoke(inner, args);
        entered.SetResult();
        // The first call is Ingestor's "already read?" lookup, a Task<IReadOnlyList<Source>>: answered once released.
        return HeldAsync(method!, args);
    }

    private async Task<IReadOnlyList<Source>> HeldAsync(MethodInfo method, object?[]? args)
    {
        await release.Task;
        return await (Task<IReadOnlyList<Source>>)method.Invoke(inner, args)!;
    }
}
