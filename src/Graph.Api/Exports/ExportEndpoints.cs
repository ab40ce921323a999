using Graph.Api.Http.Limits;
using Graph.Core;
using Graph.Core.Coalitions;

namespace Graph.Api.Exports;

/// <summary>
/// GET /export/{format}?scope=DRAFT&amp;id=...&amp;asOf=... (or NEIGHBOURHOOD with id and depth, or
/// WINDOW with from and to): the same views as the GraphQL 'graph' query, as a downloadable file, held to the same
/// deadline (Graph:Limits:TimeoutSeconds, then 504) and, for a window, the same turns among heavy requests (else 429).
/// </summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app) => app.MapGet("/export/{format}", ExportAsync);

    private static async Task<IResult> ExportAsync(string format, HttpRequest request, GraphViews views, HeavyRequests heavy, HttpResponse response,
        QueryLimits limits, CancellationToken aborted)
    {
        if (!GraphExports.Formats.TryGetValue(format, out var writer))
            return Problem($"Unknown format '{format}'; use one of {string.Join(", ", GraphExports.Formats.Keys)}.", StatusCodes.Status404NotFound);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(limits.Timeout);
        try
        {
            var q = request.Query;
            var scope = EnumNames.Parse<GraphScope>(q["scope"].FirstOrDefault()?.ToUpperInvariant() ?? "DRAFT");
            var depth = int.TryParse(q["depth"], out var d) ? d : 1;
            DateOnly? Date(string name) => q[name].FirstOrDefault() is { Length: > 0 } text ? DateParsing.Parse(text, name) : null;
            var isHeavy = CostModel.IsHeavy("graph", EnumNames.ToName(scope));
            using var turn = isHeavy ? await heavy.EnterAsync(deadline.Token) : null;
            if (isHeavy && turn is null)
            {
                return Problem(heavy.Refuse(response), StatusCodes.Status429TooManyRequests, LimitCodes.Busy);
            }
            var view = await views.BuildAsync(scope, q["id"].FirstOrDefault(), depth, Date("asOf"), Date("from"), Date("to"), deadline.Token);
            var name = $"graph-{EnumNames.ToName(scope).ToLowerInvariant()}{(q["id"].FirstOrDefault() is { } id ? "-" + Ids.Slugify(id) : "")}.{writer.Extension}";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.Write(view)), writer.ContentType + "; charset=utf-8", name);
        }
        catch (GraphException e)
        {
            return Problem(e.Message, e.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound
                : e.Code == ErrorCodes.StoreUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest, e.Code);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return Problem($"The export ran longer than the limit of {limits.Timeout.TotalSeconds:0.###} s and was cancelled. Export a shorter window.",
                StatusCodes.Status504GatewayTimeout, LimitCodes.Timeout);
        }
    }

    private static IResult Problem(string message, int status, string code = "BAD_REQUEST") =>
        Results.Json(new { error = new { message, code } }, statusCode: status);
}
