using Graph.Api.Http.Limits;

namespace Graph.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with query parameters (queries only), responses as
/// application/graphql-response+json when the client accepts it (request errors then answer 400)
/// and as application/json otherwise (always 200 for a well-formed request).
/// Requests are held to <see cref="QueryLimits"/>: a body over the limit answers 413 and a GET query string over it
/// 414 (before anything is parsed); a parsed document is bounded by <see cref="DocumentBounds"/> before any validation
/// rule reads it; depth and cost are validation rules (refused like any invalid document); the operation that runs is
/// chosen once (<see cref="OperationSelection"/>) and the write check and the GET rule look at it; a heavy request waits
/// for a turn (<see cref="HeavyRequests"/>) or answers 429; a request that runs out of time is cancelled and answered with
/// a TIMEOUT error (504 in graphql-response+json); an answer is capped in size and in the errors it lists.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Maps the endpoint to the <see cref="GraphQLHandler"/>, which holds the limits read once at start.</summary>
    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app) =>
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHandler handler) => handler.HandleAsync(http));
}
