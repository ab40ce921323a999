using Graph.Api.Exports;
using Graph.Api.Http;
using Graph.Core;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Extensions;

public static class EndpointExtensions
{
    /// <summary>GraphQL, its schema and query IDE, the map, the exports, and health and readiness.</summary>
    public static WebApplication MapGraphEndpoints(this WebApplication app)
    {
        app.MapGraphQLEndpoint();
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        app.MapGet("/graphiql", () => Results.Redirect("/graphiql.html"));
        // The query string is the map's view (draft, day, actor): a shared link must keep it.
        app.MapGet("/map", (HttpRequest request) => Results.Redirect("/map.html" + request.QueryString));
        app.MapExports();
        app.MapGet("/health", () => Results.Ok(new { status = "alive" }));
        app.MapGet("/ready", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(IGraphStore store, StoreStartup startup, CancellationToken ct) =>
        await store.CheckHealthAsync(ct) switch
        {
            StoreHealth.Ready when startup.IsReady => Results.Ok(new { status = "ready" }),
            StoreHealth.Corrupt => Results.Json(new { status = "corrupt" }, statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable),
        };
}
