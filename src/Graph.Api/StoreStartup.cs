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
/// /ready 503, and keeps trying in the background.
/// </summary>
public sealed class StoreStartup(IGraphStore store, GraphSettings settings, ILogger<StoreStartup> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource stopping = new();
    private Task? retries;

    public bool IsReady { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        if (await TryPrepareAsync(ct)) return;
        retries = Task.Run(async () =>
        {
            while (!stopping.IsCancellationRequested && !await TryPrepareAsync(stopping.Token))
                await Task.Delay(RetryInterval, stopping.Token).ContinueWith(_ => { });
        });
    }

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
                logger.LogInformation(applied ? "Seeded '{Dataset}' from {Path}" : "Seed '{Dataset}' already loaded; nothing added", dataset.Name, seedPath);
            }
            IsReady = true;
            logger.LogInformation("Store ready: {Store}, in {Elapsed} ms", settings.Describe(), clock.ElapsedMilliseconds);
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
    public static void AnnounceEndpoints(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseUrl = addresses.FirstOrDefault()?.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost") ?? "http://localhost";
        Console.WriteLine($"""

            Graph API is ready ({app.Services.GetRequiredService<GraphSettings>().Describe()})
              GraphQL endpoint : {baseUrl}/graphql
              Query IDE        : {baseUrl}/graphiql
              Coalition map    : {baseUrl}/map
              Schema (SDL)     : {baseUrl}/graphql/schema.graphql
              Health / ready   : {baseUrl}/health  {baseUrl}/ready

            """);
    }
}
