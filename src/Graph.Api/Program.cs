using Graph.Api;
using Graph.Api.GraphQL;
using Graph.Api.Exports;
using Graph.Api.Http;
using Graph.Api.Http.Limits;
using Graph.Core;
using Graph.Core.Coalitions;
using Graph.Store.Embedded;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;
using GraphQL;
using GraphQL.Types;

var builder = WebApplication.CreateBuilder(args);
// Logs are structured (message templates with named values); Graph:LogFormat=json writes them as
// one JSON object a line, for log collectors.
if (string.Equals(builder.Configuration["Graph:LogFormat"], "json", StringComparison.OrdinalIgnoreCase))
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole();
}
var settings = GraphSettings.From(builder.Configuration, builder.Environment);

builder.Services.AddSingleton(settings);
builder.Services.AddSingleton<IGraphStore>(_ => settings.Store == StoreKind.Neo4j
    ? new Neo4jGraphStore(new QueryApiTransport(settings.Neo4j!), new CypherStatements(CypherStatements.DefaultFolder))
    : new SqliteGraphStore(settings.DatabasePath));
builder.Services.AddSingleton<CurationService>();
builder.Services.AddSingleton<PathFinder>();
builder.Services.AddSingleton<CoalitionService>();
builder.Services.AddSingleton<GraphViews>();
// A request's loaders live as long as it does, so fields of one request share their batches and cache.
foreach (var loader in typeof(GraphSchema).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true, IsPublic: true } && typeof(IRequestLoader).IsAssignableFrom(t)))
    builder.Services.AddScoped(loader);
builder.Services.AddSingleton<WriteAccess>();
// The gazetteer and lexicon (data/ingest, copied to ingest/ beside the app) are read once, on the first report.
builder.Services.AddSingleton(_ => Graph.Ingest.Lexicon.Load());
builder.Services.AddSingleton<ReportIngestion>();
builder.Services.AddSingleton(_ => new DocumentCache()); // parsed and validated documents, by query text
// Read once; a bad value fails the start. The endpoint, the exports and the heavy turns share them.
builder.Services.AddSingleton(QueryLimits.From(builder.Configuration));
builder.Services.AddSingleton<HeavyRequests>();
builder.Services.AddSingleton<GraphQLHandler>();
// Browsers may call the API from the origins configured in Graph:Cors:Origins (notebook hosts, say); none by default.
var corsOrigins = builder.Configuration.GetSection("Graph:Cors:Origins").Get<string[]>() ?? [];
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(corsOrigins)
    .WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key")));
builder.Services.AddSingleton<StoreStartup>();
builder.Services.AddHostedService(services => services.GetRequiredService<StoreStartup>());
builder.Services.AddGraphQL(graphql => graphql
    .AddSchema<GraphSchema>()
    .AddDocumentExecuter<GraphDocumentExecuter>()
    .AddGraphTypes(typeof(GraphSchema).Assembly)
    .AddSystemTextJson()
    .AddErrorInfoProvider<GraphErrorInfoProvider>());

var app = builder.Build();
app.Services.GetRequiredService<ISchema>().Initialize(); // a schema mistake fails the start, not the first request
// The store is prepared before the host starts, so that a database file that cannot be used (not a database, unreadable,
// read-only) ends the start with one line naming the file and the cause, not the host's stack trace.
try
{
    await app.Services.GetRequiredService<StoreStartup>().FirstTryAsync(CancellationToken.None);
}
catch (StoreUnusableException e)
{
    Console.Error.WriteLine($"Graph API cannot start: {e.Message}");
    return 1;
}

app.UseSecurityHeaders();
app.UseCors();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGraphQLEndpoint();
app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
app.MapGet("/graphiql", () => Results.Redirect("/graphiql.html"));
// The query string is the map's view (draft, day, actor): a shared link must keep it.
app.MapGet("/map", (HttpRequest request) => Results.Redirect("/map.html" + request.QueryString));
app.MapExports();
app.MapGet("/health", () => Results.Ok(new { status = "alive" }));
app.MapGet("/ready", async (IGraphStore store, StoreStartup startup, CancellationToken ct) =>
    await store.CheckHealthAsync(ct) switch
    {
        StoreHealth.Ready when startup.IsReady => Results.Ok(new { status = "ready" }),
        StoreHealth.Corrupt => Results.Json(new { status = "corrupt" }, statusCode: StatusCodes.Status503ServiceUnavailable),
        _ => Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable),
    });
app.Lifetime.ApplicationStarted.Register(() => StoreStartup.AnnounceEndpoints(app));
if (!app.Services.GetRequiredService<WriteAccess>().IsEnabled)
    app.Logger.LogInformation("Reads only: no API keys are configured (Graph:ApiKeys), so every mutation is refused.");

app.Run();
return 0;

/// <summary>Exposed so tests can host the API in process.</summary>
public partial class Program;
