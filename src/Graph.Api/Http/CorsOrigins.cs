using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// The origins browsers may call the API from (<c>Graph:Cors:Origins</c>: notebook hosts, say); none by default.
/// </summary>
public sealed class CorsOrigins
{
    public const string Section = "Graph:Cors";

    public string[] Origins { get; set; } = [];
}

/// <summary>
/// Stops the start on an origin no browser sends: each must be "*" or a scheme, host and port with nothing after
/// (http://localhost:8888, not http://localhost:8888/ nor a page's address).
/// </summary>
public sealed class CorsOriginsValidation : IValidateOptions<CorsOrigins>
{
    public ValidateOptionsResult Validate(string? name, CorsOrigins options)
    {
        for (var i = 0; i < options.Origins.Length; i++)
        {
            var origin = options.Origins[i];
            var isOrigin = origin == "*" || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                && uri.PathAndQuery == "/" && !origin.EndsWith('/') && uri.Fragment.Length == 0);
            if (!isOrigin)
                return ValidateOptionsResult.Fail($"{CorsOrigins.Section}:Origins:{i} must be an origin such as http://localhost:8888 (no path, no trailing slash), got '{origin}'.");
        }
        return ValidateOptionsResult.Success;
    }
}
