using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Codes = Graph.Store.Neo4j.Neo4jException.Codes;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// <see cref="ICypherTransport"/> over Neo4j's HTTP Query API (Neo4j 5.19+; explicit transactions 5.26+),
/// not the legacy <c>/db/{db}/tx/commit</c> HTTP API. Endpoints (pages "Query the database" and "Run
/// transactions"):
/// <list type="bullet">
/// <item><c>POST {base}/db/{db}/query/v2</c>: one statement in an implicit transaction.</item>
/// <item><c>POST .../query/v2/tx</c> opens a transaction (here: carrying its first statement),
/// <c>POST .../tx/{id}</c> runs, <c>POST .../tx/{id}/commit</c> commits, <c>DELETE .../tx/{id}</c> rolls back.</item>
/// </list>
/// Values travel as Typed JSON (<see cref="TypedJson"/>). One pooled <see cref="HttpClient"/> serves all calls.
/// </summary>
public sealed partial class QueryApiTransport : ICypherTransport
{
    /// <summary>
    /// Typed JSON for both the body we send and the one we accept. The unversioned name is the one every
    /// Query API release knows (page "Headers"); per the "Changelog" page, <c>.v1.0</c> is an alias added
    /// in 2025.10 and <c>.v1.1</c> (2025.11) only adds the Vector and Unsupported types.
    /// </summary>
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    /// <summary>
    /// Page "Run transactions": the open response may carry this header naming the cluster member that
    /// holds the transaction; every later request of the transaction (commit and rollback too) must replay it.
    /// </summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    /// <summary>Our code for a failed exchange that is neither Unavailable nor Timeout (e.g. the connection dropped mid-response).</summary>
    public const string TransportFailedCode = "Graph.Transport.Failed";

    /// <summary>Our code for an answer that is not the documented shape (or an HTTP error without a Neo4j error body).</summary>
    public const string ProtocolErrorCode = "Graph.Transport.Protocol";

    private static readonly MediaTypeWithQualityHeaderValue AcceptTypedJson = new(TypedJsonMediaType);

    private readonly QueryApiOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly string _queryUrl;
    private readonly string _authDescription;

    /// <summary>Production use: a <see cref="SocketsHttpHandler"/> with pooled connections.</summary>
    public QueryApiTransport(QueryApiOptions options)
        : this(options, new HttpClient(CreatePooledHandler(options), disposeHandler: true), ownsHttp: true) { }

    /// <summary>For tests or custom handlers; the handler is disposed with the transport only if <paramref name="disposeHandler"/>.</summary>
    public QueryApiTransport(QueryApiOptions options, HttpMessageHandler handler, bool disposeHandler = false)
        : this(options, new HttpClient(handler, disposeHandler), ownsHttp: true) { }

    /// <summary>With a caller-owned client (not disposed here). Its BaseAddress is ignored; URLs come from <paramref name="options"/>.</summary>
    public QueryApiTransport(QueryApiOptions options, HttpClient client)
        : this(options, client, ownsHttp: false) { }

    private QueryApiTransport(QueryApiOptions options, HttpClient http, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = http;
        _ownsHttp = ownsHttp;
        if (ownsHttp)
            _http.Timeout = Timeout.InfiniteTimeSpan; // our own per-request timeout decides, see SendAsync

        // Page "Authorize requests": Basic is base64(UTF-8 "user:password"); Bearer is also accepted.
        if (options.BearerToken is { } token)
        {
            _authorization = new AuthenticationHeaderValue("Bearer", token);
            _authDescription = "the bearer token";
        }
        else
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", credentials);
            _authDescription = $"the credentials for user '{options.User}'";
        }

        _queryUrl = $"{options.BaseAddress.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
    }

    public QueryApiOptions Options => _options;

    private static SocketsHttpHandler CreatePooledHandler(QueryApiOptions options) => new()
    {
        // Recycle connections now and then so DNS changes (Aura, load balancers) are picked up.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        MaxConnectionsPerServer = 32,
        ConnectTimeout = options.Timeout,
        AutomaticDecompression = DecompressionMethods.All,
    };

    // ------------------------------------------------------------------ ICypherTransport

    public Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // An implicit transaction either ran whole or not at all, so a transient failure is safe to repeat.
        return WithRetriesAsync(async token =>
            (await SendAsync(HttpMethod.Post, _queryUrl, query, affinity: null, token)).Result, ct);
    }

    public Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(async token =>
        {
            var tx = new ExplicitTransaction(this);
            try
            {
                var result = await work(tx, token);
                await tx.CommitAsync(token);
                return result;
            }
            catch
            {
                // Any failure, ours or the work's: roll back before retrying or rethrowing, so no
                // transaction is left holding locks until the server's idle timeout.
                await tx.RollbackQuietlyAsync();
                throw;
            }
            finally
            {
                tx.Close();
            }
        }, ct);
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttp)
            _http.Dispose();
        return ValueTask.CompletedTask;
    }

    // ------------------------------------------------------------------ retries

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (Neo4jException e) when (e.IsTransient && retry < _options.MaxRetries)
            {
                await Task.Delay(Backoff(retry), ct);
            }
        }
    }

    /// <summary>FirstRetryDelay doubled per retry, ±25% jitter so clients that failed together do not retry together.</summary>
    private TimeSpan Backoff(int retry)
    {
        var baseMs = _options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 16));
        var jitter = 0.75 + Random.Shared.NextDouble() * 0.5;
        return TimeSpan.FromMilliseconds(Math.Min(baseMs * jitter, 60_000));
    }

    // ------------------------------------------------------------------ one exchange

    private sealed record Response(CypherResult Result, string? TransactionId, string? Affinity);

    /// <summary>
    /// One HTTP exchange. <paramref name="query"/> null sends an empty body (commit); DELETE sends none.
    /// Errors come back as <see cref="Neo4jException"/>: Neo4j's own code and message, or one of ours.
    /// Messages name the endpoint and the user, never the parameters or the password.
    /// </summary>
    private async Task<Response> SendAsync(HttpMethod method, string url, CypherQuery? query, string? affinity, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (_options.Timeout != Timeout.InfiniteTimeSpan)
            timeout.CancelAfter(_options.Timeout);

        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(AcceptTypedJson);
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(query is null ? [] : TypedJson.SerializeRequest(query));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJsonMediaType);
        }

        var what = $"{method} {new Uri(url).AbsolutePath}";
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return Interpret(response, body, what);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            // Our timer (or HttpClient.Timeout of a caller-supplied client), not the caller, cancelled.
            var limit = _options.Timeout == Timeout.InfiniteTimeSpan ? "in time" : $"within {_options.Timeout.TotalSeconds:0.###} s";
            throw new Neo4jException(Codes.Timeout, $"Neo4j did not answer {what} {limit}; the statement may or may not have run.", e);
        }
        catch (HttpRequestException e) when (IsUnreachable(e))
        {
            throw new Neo4jException(Codes.Unavailable, $"Could not reach Neo4j at {_options.BaseAddress} ({e.Message}).", e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(TransportFailedCode, $"{what} to Neo4j failed: {e.Message}", e);
        }
    }

    /// <summary>Nothing reached Neo4j: connection refused, host not found. Safe to retry.</summary>
    private static bool IsUnreachable(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        || e.InnerException is SocketException
        {
            SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.TryAgain
                or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable
        };

    private Response Interpret(HttpResponseMessage response, byte[] body, string what)
    {
        // Page "Authorize requests": wrong or missing credentials are the one case with a 401 status.
        // The message names the user, never the password; the server's own text adds nothing secret.
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            throw Unauthorized(TryReadError(body));

        JsonDocument? document = null;
        try
        {
            if (body.Length > 0)
            {
                try { document = JsonDocument.Parse(body); }
                catch (JsonException) when (!response.IsSuccessStatusCode) { /* e.g. an HTML page from a proxy: judged by status below */ }
                catch (JsonException e)
                {
                    throw new Neo4jException(ProtocolErrorCode, $"Neo4j's answer to {what} is not JSON.", e);
                }
            }

            // Errors first, whatever the status: the Query API answered 202 even for failed statements
            // (pages "Query the database", "Run transactions"); newer servers derive the status from the
            // GQL status (page "Changelog", 2025.11). Shape: {"errors": [{"code": ..., "message": ...}]}.
            if (document is not null && ReadError(document.RootElement) is { } error)
                throw error.Code == Codes.Unauthorized ? Unauthorized(error) : new Neo4jException(error.Code, error.Message);

            if (!response.IsSuccessStatusCode)
                throw StatusError(response.StatusCode, what);

            var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            if (document is null)
                return new Response(CypherResult.Empty, null, affinity); // e.g. commit/rollback with no body
            return ReadResponse(document.RootElement, affinity, what);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private Neo4jException Unauthorized(ErrorBody? serverSaid) => new(Codes.Unauthorized,
        $"Neo4j refused {_authDescription}" + (serverSaid is null ? "." : $" ({serverSaid.Code}: {serverSaid.Message})."));

    private static Neo4jException StatusError(HttpStatusCode status, string what) => status switch
    {
        // A proxy or load balancer without a Neo4j behind it: nothing ran.
        HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable =>
            new Neo4jException(Codes.Unavailable, $"Neo4j is unavailable: {what} answered {(int)status} {status}."),
        HttpStatusCode.GatewayTimeout =>
            new Neo4jException(Codes.Timeout, $"{what} answered {(int)status} {status}; the statement may or may not have run."),
        _ => new Neo4jException(ProtocolErrorCode, $"{what} answered {(int)status} {status} without a Neo4j error."),
    };

    private sealed record ErrorBody(string Code, string Message);

    private static ErrorBody? TryReadError(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return ReadError(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ErrorBody? ReadError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
            return null;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
        return new ErrorBody(code ?? "Neo.DatabaseError.General.UnknownError", message ?? "Neo4j reported an error without a message.");
    }

    /// <summary>
    /// Success shape (pages "Query the database", "Run transactions", "Typed JSON"):
    /// <c>{"data": {"fields": [...], "values": [[...], ...]}, "bookmarks": [...], "transaction": {"id", "expires"}}</c>;
    /// <c>transaction</c> only for explicit transactions still open. Bookmarks are not used: one client,
    /// read-your-writes comes from the server handling our requests in order.
    /// </summary>
    private static Response ReadResponse(JsonElement root, string? affinity, string what)
    {
        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object
            && tx.TryGetProperty("id", out var id))
            transactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return new Response(CypherResult.Empty, transactionId, affinity);

        try
        {
            var fields = new List<string>();
            if (data.TryGetProperty("fields", out var f))
                foreach (var field in f.EnumerateArray())
                    fields.Add(field.GetString() ?? "");

            var rows = new List<IReadOnlyList<object?>>();
            if (data.TryGetProperty("values", out var values))
                foreach (var row in values.EnumerateArray())
                {
                    var cells = new List<object?>(fields.Count);
                    foreach (var cell in row.EnumerateArray())
                        cells.Add(TypedJson.ReadValue(cell));
                    rows.Add(cells);
                }

            return new Response(new CypherResult(fields, rows), transactionId, affinity);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or KeyNotFoundException)
        {
            throw new Neo4jException(ProtocolErrorCode, $"Neo4j's answer to {what} is not the documented Typed JSON shape.", e);
        }
    }
}
