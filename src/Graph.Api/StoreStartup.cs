using System.Diagnostics;
using Graph.Core;
using Graph.Core.Seed;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Graph.Api;

/// <summary>
/// Opens the store (creating the database file and schema on first start) and loads the seed
/// dataset before the server takes requests; a second start finds the seed marker and adds nothing.
/// </summary>
public sealed class StoreStartup(IGraphStore store, GraphSettings settings, ILogger<StoreStartup> logger) : IHostedService
{
    public bool IsReady { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await store.InitializeAsync(ct);
        if (settings.SeedPath is { } seedPath)
        {
            var dataset = Dataset.Load(seedPath);
            var applied = await Seeder.EnsureAsync(store, dataset, ct);
            logger.LogInformation(applied ? "Seeded '{Dataset}' from {Path}" : "Seed '{Dataset}' already loaded; nothing added", dataset.Name, seedPath);
        }
        IsReady = true;
        logger.LogInformation("Store ready at {Database} in {Elapsed} ms", settings.DatabasePath, clock.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Prints where to find the API once the server listens.</summary>
    public static void AnnounceEndpoints(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseUrl = addresses.FirstOrDefault()?.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost") ?? "http://localhost";
        Console.WriteLine($"""

            Graph API is ready (database: {app.Services.GetRequiredService<GraphSettings>().DatabasePath})
              GraphQL endpoint : {baseUrl}/graphql
              Query IDE        : {baseUrl}/graphiql
              Schema (SDL)     : {baseUrl}/graphql/schema.graphql
              Health / ready   : {baseUrl}/health  {baseUrl}/ready

            """);
    }
}
