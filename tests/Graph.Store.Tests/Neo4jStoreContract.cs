using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Graph.Core;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Tests;

/// <summary>
/// The same store contract against Neo4j: a server named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD,
/// NEO4J_DATABASE), or else a neo4j:5.26-community container when a Docker engine answers. With
/// neither, every test here is skipped and says so. The database is emptied before each test.
/// </summary>
public sealed class Neo4jStoreContract : StoreContract
{
    private readonly List<Neo4jGraphStore> opened = [];
    private QueryApiOptions? options;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        options = await Neo4jForTests.OptionsAsync();
        await using (var transport = new QueryApiTransport(options))
            await transport.RunAsync(new CypherQuery(await File.ReadAllTextAsync(Neo4jForTests.WipeStatementPath)));
        return await OpenAsync();
    }

    protected override Task<IGraphStore> ReopenStoreAsync() => OpenAsync();

    private async Task<IGraphStore> OpenAsync()
    {
        var store = new Neo4jGraphStore(new QueryApiTransport(options!), new CypherStatements(CypherStatements.DefaultFolder));
        opened.Add(store);
        await store.InitializeAsync();
        return store;
    }

    protected override async Task CleanUpAsync()
    {
        foreach (var store in opened) await store.DisposeAsync();
    }
}

/// <summary>Finds (once per test run) a Neo4j to test against, or the reason there is none.</summary>
internal static class Neo4jForTests
{
    private const string Image = "neo4j:5.26-community";
    private const string Password = "graph-contract-tests";
    private static readonly Lazy<Task<QueryApiOptions>> Server = new(FindAsync);

    public static string WipeStatementPath => Path.Combine(AppContext.BaseDirectory, "cypher", "test-support", "wipe.cypher");

    public static Task<QueryApiOptions> OptionsAsync() => Server.Value;

    private static async Task<QueryApiOptions> FindAsync()
    {
        if (QueryApiOptions.FromEnvironment() is { } configured)
            return configured;
        if (!DockerMayAnswer())
            throw new StoreNotAvailableException(
                "No Neo4j to test against: NEO4J_URI is not set and no Docker engine answers (no DOCKER_HOST, no /var/run/docker.sock).");
        try
        {
            IContainer container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await container.StartAsync();
            return new QueryApiOptions(new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"), "neo4j", "neo4j", Password);
        }
        catch (Exception e)
        {
            throw new StoreNotAvailableException($"No Neo4j to test against: NEO4J_URI is not set and {Image} could not be started ({e.GetType().Name}: {e.Message}).");
        }
    }

    private static bool DockerMayAnswer() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
