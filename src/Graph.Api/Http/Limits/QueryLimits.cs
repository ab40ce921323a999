using System.Globalization;

namespace Graph.Api.Http.Limits;

/// <summary>
/// What one GraphQL request may ask of the API, from the configuration section <c>Graph:Limits</c>
/// (environment <c>Graph__Limits__MaxDepth</c> and so on; README's Limits table lists them with their defaults).
/// Every refusal is a GraphQL error whose <c>extensions.code</c> names the limit (<see cref="LimitCodes"/>).
/// </summary>
public sealed record QueryLimits
{
    public const string Section = "Graph:Limits";

    /// <summary>The most fields on one path from the operation to a leaf (fragments expanded; <c>{ actor(id: "japan") { name } }</c>
    /// is 2 deep). The standard introspection query (graphql-js 16/17, as GraphiQL sends it) is 15.</summary>
    public int MaxDepth { get; init; } = 18;

    /// <summary>The most a query may cost under <see cref="CostModel"/>; also the most fields it may select with its fragments written out.</summary>
    public int MaxCost { get; init; } = 50_000;

    /// <summary>How many items the cost model assumes a plain (unpaged) list field such as Draft.positions returns.</summary>
    public int ListEstimate { get; init; } = 10;

    /// <summary>The largest POST body; larger is HTTP 413.</summary>
    public long MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>The longest GET query string (as sent, URL-encoded); longer is HTTP 414. It stays under Kestrel's own
    /// 8 KiB request-line limit so that the client gets a GraphQL error rather than a bare status.</summary>
    public int MaxQueryStringLength { get; init; } = 6144;

    /// <summary>How long one request may run; then it is cancelled (store calls and CPU-bound work included) and answered with <c>TIMEOUT</c>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    // Bounds on the document as written, checked before validation (DocumentBounds).

    /// <summary>The most field selections a document may hold as written.</summary>
    public int MaxFields { get; init; } = 1_000;

    /// <summary>The most fragment definitions in one document.</summary>
    public int MaxFragments { get; init; } = 100;

    /// <summary>The most fragment spreads in one document.</summary>
    public int MaxFragmentSpreads { get; init; } = 500;

    /// <summary>The longest chain of fragments spreading fragments.</summary>
    public int MaxFragmentDepth { get; init; } = 16;

    /// <summary>The most directives in one document.</summary>
    public int MaxDirectives { get; init; } = 100;

    /// <summary>The most variables the operations of one document declare.</summary>
    public int MaxVariables { get; init; } = 100;

    /// <summary>How many times one root field may be asked in one operation (under aliases, or through fragments), and one
    /// response name given in one selection.</summary>
    public int MaxAliases { get; init; } = 50;

    // Bounds on the answer and on concurrent heavy work.

    /// <summary>The most errors an answer lists; the rest are counted in one last error.</summary>
    public int MaxErrors { get; init; } = 20;

    /// <summary>The largest answer, serialized; a larger one is replaced by a <c>RESPONSE_TOO_LARGE</c> error.</summary>
    public long MaxResponseBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>How many requests with heavy fields (<see cref="CostModel.IsHeavy"/>) may run at once: half the cores by
    /// default, so that a crowd of them leaves the other half to cheap reads.</summary>
    public int MaxHeavyRequests { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How long a heavy request waits for its turn before it is refused with HTTP 429.</summary>
    public TimeSpan HeavyQueueWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many bytes of answers to queries may be kept for reuse while the store does not change
    /// (<see cref="AnswerCache"/>); 0 keeps none.</summary>
    public long AnswerCacheBytes { get; init; } = 32 * 1024 * 1024;

    public static QueryLimits Default { get; } = new();

    /// <summary>The limits the settings of <see cref="Section"/> give, by key; a value that is not a positive (whole) number throws, naming the setting.</summary>
    public static QueryLimits From(Func<string, string?> setting)
    {
        double Read(string key, double fallback, bool zeroAllowed = false)
        {
            var text = setting(key);
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || (value == 0 && !zeroAllowed) || double.IsInfinity(value))
                throw new InvalidOperationException(zeroAllowed
                    ? $"{Section}:{key} must be 0 or a positive whole number, got '{text}'."
                    : $"{Section}:{key} must be a positive number, got '{text}'.");
            return value;
        }
        int Whole(string key, long fallback)
        {
            var value = Read(key, fallback);
            return value == Math.Floor(value) && value <= int.MaxValue
                ? (int)value
                : throw new InvalidOperationException($"{Section}:{key} must be a positive whole number, got '{setting(key)}'.");
        }
        long Bytes(string key, long fallback)
        {
            var value = Read(key, fallback, zeroAllowed: true);
            return value == Math.Floor(value) && value <= long.MaxValue / 2
                ? (long)value
                : throw new InvalidOperationException($"{Section}:{key} must be 0 or a positive whole number, got '{setting(key)}'.");
        }
        var d = Default;
        return new QueryLimits
        {
            MaxDepth = Whole(nameof(MaxDepth), d.MaxDepth),
            MaxCost = Whole(nameof(MaxCost), d.MaxCost),
            ListEstimate = Whole(nameof(ListEstimate), d.ListEstimate),
            MaxBodyBytes = Whole(nameof(MaxBodyBytes), d.MaxBodyBytes),
            MaxQueryStringLength = Whole(nameof(MaxQueryStringLength), d.MaxQueryStringLength),
            Timeout = TimeSpan.FromSeconds(Read("TimeoutSeconds", d.Timeout.TotalSeconds)),
            MaxFields = Whole(nameof(MaxFields), d.MaxFields),
            MaxFragments = Whole(nameof(MaxFragments), d.MaxFragments),
            MaxFragmentSpreads = Whole(nameof(MaxFragmentSpreads), d.MaxFragmentSpreads),
            MaxFragmentDepth = Whole(nameof(MaxFragmentDepth), d.MaxFragmentDepth),
            MaxDirectives = Whole(nameof(MaxDirectives), d.MaxDirectives),
            MaxVariables = Whole(nameof(MaxVariables), d.MaxVariables),
            MaxAliases = Whole(nameof(MaxAliases), d.MaxAliases),
            MaxErrors = Whole(nameof(MaxErrors), d.MaxErrors),
            MaxResponseBytes = Whole(nameof(MaxResponseBytes), d.MaxResponseBytes),
            MaxHeavyRequests = Whole(nameof(MaxHeavyRequests), d.MaxHeavyRequests),
            HeavyQueueWait = TimeSpan.FromSeconds(Read("HeavyQueueSeconds", d.HeavyQueueWait.TotalSeconds)),
            AnswerCacheBytes = Bytes(nameof(AnswerCacheBytes), d.AnswerCacheBytes),
        };
    }
}
