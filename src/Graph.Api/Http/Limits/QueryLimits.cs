using System.Globalization;

namespace Graph.Api.Http.Limits;

/// <summary>
/// What one GraphQL request may ask of the API, from the configuration section <c>Graph:Limits</c>
/// (environment <c>Graph__Limits__MaxDepth</c> and so on). Every refusal is a GraphQL error whose
/// <c>extensions.code</c> names the limit (<see cref="LimitCodes"/>).
/// </summary>
/// <param name="MaxDepth">Graph:Limits:MaxDepth, default 18: the most fields on one path from the operation to a leaf
/// (fragments expanded; <c>{ actor(id: "japan") { name } }</c> is 2 deep). The standard introspection query (graphql-js 16/17, as GraphiQL sends it) is 15.</param>
/// <param name="MaxCost">Graph:Limits:MaxCost, default 50000: the most a query may cost under <see cref="CostModel"/>.</param>
/// <param name="ListEstimate">Graph:Limits:ListEstimate, default 10: how many items the cost model assumes a plain
/// (unpaged) list field such as Draft.positions returns.</param>
/// <param name="MaxBodyBytes">Graph:Limits:MaxBodyBytes, default 262144 (256 KiB): the largest POST body; larger is HTTP 413.</param>
/// <param name="MaxQueryStringLength">Graph:Limits:MaxQueryStringLength, default 6144: the longest GET query string
/// (as sent, URL-encoded); longer is HTTP 414. It stays under Kestrel's own 8 KiB request-line limit so that the
/// client gets a GraphQL error rather than a bare status.</param>
/// <param name="Timeout">Graph:Limits:TimeoutSeconds, default 10: how long one request may run; then it is cancelled
/// (store calls included) and answered with a <c>TIMEOUT</c> error.</param>
public sealed record QueryLimits(int MaxDepth, int MaxCost, int ListEstimate, long MaxBodyBytes, int MaxQueryStringLength, TimeSpan Timeout)
{
    public const string Section = "Graph:Limits";

    public static QueryLimits Default { get; } = new(18, 50_000, 10, 256 * 1024, 6144, TimeSpan.FromSeconds(10));

    public static QueryLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        double Read(string key, double fallback)
        {
            var text = section[key];
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || double.IsInfinity(value))
                throw new InvalidOperationException($"{Section}:{key} must be a positive number, got '{text}'.");
            return value;
        }
        int Whole(string key, int fallback)
        {
            var value = Read(key, fallback);
            return value == Math.Floor(value) && value <= int.MaxValue
                ? (int)value
                : throw new InvalidOperationException($"{Section}:{key} must be a positive whole number, got '{section[key]}'.");
        }
        var d = Default;
        return new QueryLimits(
            Whole(nameof(MaxDepth), d.MaxDepth),
            Whole(nameof(MaxCost), d.MaxCost),
            Whole(nameof(ListEstimate), d.ListEstimate),
            Whole(nameof(MaxBodyBytes), (int)d.MaxBodyBytes),
            Whole(nameof(MaxQueryStringLength), d.MaxQueryStringLength),
            TimeSpan.FromSeconds(Read("TimeoutSeconds", d.Timeout.TotalSeconds)));
    }
}

/// <summary>The <c>extensions.code</c> of each refusal.</summary>
public static class LimitCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string BodyTooLarge = "BODY_TOO_LARGE";
    public const string QueryStringTooLong = "QUERY_STRING_TOO_LONG";
    public const string Timeout = "TIMEOUT";
    // PAGE_SIZE_EXCEEDED ('first' over 100) is Graph.Core's ErrorCodes.PageSizeExceeded: the core checks every page request.
}
