namespace Graph.Api.Http;

/// <summary>
/// Security headers on every response: no sniffing of content types, no framing, no referrer, and a Content-Security-Policy
/// that allows nothing by default. The pages get what they load and no more: their own scripts and styles from wwwroot
/// (never inline ones) and requests to this server.
/// </summary>
public static class SecurityHeaders
{
    private const string Nothing = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> PagePolicies = new(StringComparer.OrdinalIgnoreCase)
    {
        // GraphiQL's stylesheet carries its fonts and icons as data: URLs.
        ["/graphiql.html"] = $"{Nothing}; script-src 'self'; style-src 'self'; font-src data:; img-src 'self' data:; connect-src 'self'",
        ["/map.html"] = $"{Nothing}; script-src 'self'; style-src 'self'; connect-src 'self'",
    };

    /// <summary>The policy for a path as the static files see it ("/" has become "/index.html" by then).</summary>
    public static string PolicyFor(PathString path) => PagePolicies.GetValueOrDefault(path.Value ?? "", Nothing);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set as the response starts, after the default-files step has rewritten the path it serves.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
