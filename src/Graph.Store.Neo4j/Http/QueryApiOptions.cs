using System.Globalization;
using System.Text;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// Where and how <see cref="QueryApiTransport"/> reaches Neo4j's HTTP Query API (Neo4j 5.19+).
/// </summary>
/// <param name="BaseAddress">
/// The server's HTTP(S) root, e.g. <c>http://localhost:7474</c>. Aura serves the Query API at
/// <c>https://&lt;id&gt;.databases.neo4j.io</c>. Driver-style URIs are accepted and mapped, see
/// <see cref="ToHttpBaseAddress"/>.
/// </param>
/// <param name="Database">The database named in the endpoint path (<c>/db/{Database}/query/v2</c>).</param>
/// <param name="User">User for Basic authentication.</param>
/// <param name="Password">Password for Basic authentication. Never printed: see <see cref="PrintMembers"/>.</param>
/// <param name="Timeout">Per HTTP request; <c>default</c> means <see cref="DefaultTimeout"/>.</param>
/// <param name="MaxRetries">Extra attempts after a transient failure (0 = try once).</param>
/// <param name="FirstRetryDelay">Backoff before the first retry, doubled each time, with jitter;
/// <c>default</c> means <see cref="DefaultFirstRetryDelay"/>.</param>
public sealed record QueryApiOptions(
    Uri BaseAddress,
    string Database = QueryApiOptions.DefaultDatabase,
    string User = QueryApiOptions.DefaultUser,
    string Password = "",
    TimeSpan Timeout = default,
    int MaxRetries = QueryApiOptions.DefaultMaxRetries,
    TimeSpan FirstRetryDelay = default)
{
    public const string DefaultDatabase = "neo4j";
    public const string DefaultUser = "neo4j";
    public const int DefaultMaxRetries = 3;
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultFirstRetryDelay = TimeSpan.FromMilliseconds(100);

    // Normalised in the init accessors (not only in the constructor) so `with { ... }` copies are
    // normalised too.
    private readonly Uri _baseAddress = ToHttpBaseAddress(BaseAddress);
    private readonly TimeSpan _timeout = Timeout > TimeSpan.Zero || Timeout == System.Threading.Timeout.InfiniteTimeSpan ? Timeout : DefaultTimeout;
    private readonly TimeSpan _firstRetryDelay = FirstRetryDelay > TimeSpan.Zero ? FirstRetryDelay : DefaultFirstRetryDelay;
    private readonly int _maxRetries = Math.Max(0, MaxRetries);

    public Uri BaseAddress { get => _baseAddress; init => _baseAddress = ToHttpBaseAddress(value); }
    public string Database { get; init; } = string.IsNullOrWhiteSpace(Database) ? DefaultDatabase : Database;
    public TimeSpan Timeout
    {
        get => _timeout;
        init => _timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan ? value : DefaultTimeout;
    }
    public int MaxRetries { get => _maxRetries; init => _maxRetries = Math.Max(0, value); }
    public TimeSpan FirstRetryDelay { get => _firstRetryDelay; init => _firstRetryDelay = value > TimeSpan.Zero ? value : DefaultFirstRetryDelay; }

    /// <summary>
    /// When set, sent as <c>Authorization: Bearer {BearerToken}</c> instead of Basic credentials (SSO).
    /// The value is sent exactly as given. (The Query API page "Authorize requests" shows the header
    /// as <c>Bearer &lt;base64(token)&gt;</c>; if your server wants that, pass the encoded form.)
    /// </summary>
    public string? BearerToken { get; init; }

    /// <summary>
    /// Maps the URI forms people have in <c>NEO4J_URI</c> to the HTTP root the Query API lives on.
    /// <list type="bullet">
    /// <item><c>http://host[:port]</c>, <c>https://host[:port]</c>: kept (port, path prefix and all).</item>
    /// <item><c>neo4j://host[:port]</c>, <c>bolt://host[:port]</c>: <c>http://host:7474</c>. The Bolt
    /// port (7687) says nothing about the HTTP one, so Neo4j's default HTTP port is used.</item>
    /// <item><c>neo4j+s://</c>, <c>bolt+s://</c> (and <c>+ssc</c>): <c>https://host:7473</c>, Neo4j's
    /// default HTTPS port; except Aura (<c>*.databases.neo4j.io</c>), whose Query API is on
    /// <c>https://&lt;id&gt;.databases.neo4j.io</c> (443).</item>
    /// </list>
    /// User info in the URI (<c>user:pass@</c>) is dropped so it can never end up in a message.
    /// </summary>
    public static Uri ToHttpBaseAddress(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
            throw new ArgumentException("The Neo4j address must be an absolute URI such as http://localhost:7474.", nameof(uri));

        var scheme = uri.Scheme.ToLowerInvariant();
        string httpScheme;
        int port;
        string path = "/";
        switch (scheme)
        {
            case "http" or "https":
                httpScheme = scheme;
                port = uri.Port; // explicit or the scheme default (80/443)
                path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
                break;
            case "neo4j" or "bolt":
                httpScheme = "http";
                port = 7474;
                break;
            case "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc":
                httpScheme = "https";
                port = uri.Host.EndsWith(".databases.neo4j.io", StringComparison.OrdinalIgnoreCase) ? 443 : 7473;
                break;
            default:
                throw new ArgumentException(
                    $"Unsupported Neo4j URI scheme '{uri.Scheme}': use http(s)://host[:port], neo4j://host or bolt://host.",
                    nameof(uri));
        }

        return new UriBuilder(httpScheme, uri.Host, port, path).Uri;
    }

    /// <summary>Same as <see cref="ToHttpBaseAddress(Uri)"/> for a string.</summary>
    public static Uri ToHttpBaseAddress(string uri) =>
        Uri.TryCreate(uri?.Trim(), UriKind.Absolute, out var parsed)
            ? ToHttpBaseAddress(parsed)
            : throw new ArgumentException("The Neo4j address must be an absolute URI such as http://localhost:7474.", nameof(uri));

    /// <summary>Options from the process environment; null when <c>NEO4J_URI</c> is not set.</summary>
    public static QueryApiOptions? FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Options from a dictionary of variables (tests, configuration); null when <c>NEO4J_URI</c> is not set.</summary>
    public static QueryApiOptions? FromEnvironment(IDictionary<string, string?> variables) =>
        FromEnvironment(name => variables.TryGetValue(name, out var value) ? value : null);

    /// <summary>
    /// Reads <c>NEO4J_URI</c> (required, else null), <c>NEO4J_USER</c> (or <c>NEO4J_USERNAME</c>, as in
    /// Aura's credential files; default <c>neo4j</c>), <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c>
    /// (default <c>neo4j</c>).
    /// </summary>
    public static QueryApiOptions? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var uri = variable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
            return null;

        return new QueryApiOptions(
            ToHttpBaseAddress(uri),
            Database: NonEmpty(variable("NEO4J_DATABASE")) ?? DefaultDatabase,
            User: NonEmpty(variable("NEO4J_USER")) ?? NonEmpty(variable("NEO4J_USERNAME")) ?? DefaultUser,
            Password: variable("NEO4J_PASSWORD") ?? "");

        static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    // The compiler-generated ToString would print the password (and token): options get logged.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"BaseAddress = {BaseAddress}, Database = {Database}, User = {User}, Password = ***, ");
        builder.Append(CultureInfo.InvariantCulture, $"Timeout = {Timeout}, MaxRetries = {MaxRetries}, FirstRetryDelay = {FirstRetryDelay}");
        if (BearerToken is not null)
            builder.Append(", BearerToken = ***");
        return true;
    }
}
