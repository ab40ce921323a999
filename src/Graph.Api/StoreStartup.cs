using System.Diagnostics;
using Graph.Core;
using Graph.Core.Seed;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Graph.Api;

/// <summary>
/// Prepares the store before the server takes requests: creates the schema (the database file, for
/// the embedded store) and loads the seed, which a later start finds already loaded. If the store
/// cannot be reached (Neo4j not up yet), the API starts anyway, answers "store unavailable" and
/// /ready 503, and keeps trying in the background. If it is damaged (quick_check), the API starts
/// with /ready 503 "corrupt" and loads nothing; if it cannot be used at all, the first try throws
/// <see cref="StoreUnusableException"/> and the start ends with its one line.
/// </summary>
public sealed class StoreStartup(IGraphStore store, GraphSettings settings, IServer server, ILogger<StoreStartup> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource stopping = new();
    private Task<bool>? first;
    private Task? retries;

    public bool IsReady { get; private set; }

    /// <summary>The first try, made once, before the host starts (StartupExtensions), so a file that cannot be used is refused in one line.</summary>
    public Task<bool> FirstTryAsync(CancellationToken ct) => first ??= TryPrepareAsync(ct);

    public async Task StartAsync(CancellationToken ct)
    {
        if (await FirstTryAsync(ct)) return;
        retries = Task.Run(async () =>
        {
            while (!stopping.IsCancellationRequested && !await TryPrepareAsync(stopping.Token))
                await Task.Delay(RetryInterval, stopping.Token).ContinueWith(_ => { });
        }, CancellationToken.None); // the retries outlive the start; StopAsync ends them through `stopping`
    }

    /// <summary>True when there is nothing more to try (ready, or damaged); false to try again.</summary>
    private async Task<bool> TryPrepareAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await store.InitializeAsync(ct);
            if (settings.SeedPath is { } seedPath)
            {
                var dataset = Dataset.Load(seedPath);
                var applied = await Seeder.EnsureAsync(store, dataset, ct);
                if (applied) logger.LogInformation("Seeded '{Dataset}' from {Path}", dataset.Name, seedPath);
                else logger.LogInformation("Seed '{Dataset}' already loaded; nothing added", dataset.Name);
            }
            IsReady = true;
            logger.LogInformation("Store ready: {Store}, in {Elapsed} ms", settings.Describe(), clock.ElapsedMilliseconds);
            return true;
        }
        catch (StoreCorruptException e)
        {
            logger.LogError("{Reason} The API reads what it can; /ready answers 503 \"corrupt\".", e.Message);
            return true;
        }
        catch (GraphException e) when (e.Code == ErrorCodes.StoreUnavailable)
        {
            logger.LogWarning("Store not ready ({Store}): {Reason} Trying again in {Seconds} s.", settings.Describe(), e.Message, RetryInterval.TotalSeconds);
            return false;
        }
    }

    public async Task StopAsync(CancellationToken ct)
    {
        // The host can be stopped twice, the second time after the first disposed this service (a test
        // host: the factory stops it while the app's own Run stops and disposes it); then there is nothing left to stop.
        try { await stopping.CancelAsync(); }
        catch (ObjectDisposedException) { return; }
        if (retries is not null) await retries;
    }

    public void Dispose() => stopping.Dispose();

    /// <summary>Prints where to find the API once the server listens.</summary>
    public void AnnounceEndpoints()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseUrl = addresses.FirstOrDefault()?.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost") ?? "http://localhost";
        var state = IsReady ? "is ready" : "is up, but its store is not ready (see /ready)";
        Console.WriteLine($"""

            Graph API {state} ({settings.Describe()})
              GraphQL endpoint : {baseUrl}/graphql
              Query IDE        : {baseUrl}/graphiql
              Coalition map    : {baseUrl}/map
              Schema (SDL)     : {baseUrl}/graphql/schema.graphql
              Health / ready   : {baseUrl}/health  {baseUrl}/ready

            """);
    }
}
