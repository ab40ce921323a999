using Graph.Core;
using Graph.Core.Coalitions;

namespace Graph.Api.Exports;

/// <summary>
/// GET /export/{format}?scope=DRAFT&amp;id=...&amp;asOf=... (or NEIGHBOURHOOD with id and depth, or
/// WINDOW with from and to): the same views as the GraphQL 'graph' query, as a downloadable file.
/// </summary>
public static class ExportEndpoints
{
    public static void MapExports(this WebApplication app) => app.MapGet("/export/{format}", async (string format, HttpRequest request,
        GraphViews views, CancellationToken ct) =>
    {
        if (!GraphExports.Formats.TryGetValue(format, out var writer))
            return Problem($"Unknown format '{format}'; use one of {string.Join(", ", GraphExports.Formats.Keys)}.", StatusCodes.Status404NotFound);
        try
        {
            var q = request.Query;
            var scope = EnumNames.Parse<GraphScope>(q["scope"].FirstOrDefault()?.ToUpperInvariant() ?? "DRAFT");
            var depth = int.TryParse(q["depth"], out var d) ? d : 1;
            DateOnly? Date(string name) => q[name].FirstOrDefault() is { Length: > 0 } text ? DateParsing.Parse(text, name) : null;
            var view = await views.BuildAsync(scope, q["id"].FirstOrDefault(), depth, Date("asOf"), Date("from"), Date("to"), ct);
            var name = $"graph-{EnumNames.ToName(scope).ToLowerInvariant()}{(q["id"].FirstOrDefault() is { } id ? "-" + Ids.Slugify(id) : "")}.{writer.Extension}";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.Write(view)), writer.ContentType + "; charset=utf-8", name);
        }
        catch (GraphException e)
        {
            return Problem(e.Message, e.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound
                : e.Code == ErrorCodes.StoreUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest, e.Code);
        }
    });

    private static IResult Problem(string message, int status, string code = "BAD_REQUEST") =>
        Results.Json(new { error = new { message, code } }, statusCode: status);
}
