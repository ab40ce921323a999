using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Graph.Store.Neo4j.Http;
using Codes = Graph.Store.Neo4j.Neo4jException.Codes;

namespace Graph.Store.Neo4j.Tests;

/// <summary>The transport against a fake Query API on 127.0.0.1 answering with the documented shapes.</summary>
public sealed class QueryApiTransportTests
{
    private const string User = "neo4j";
    private const string Password = "verysecret-Pa55"; // the docs' example password, plus something greppable

    private static QueryApiOptions Options(Uri baseAddress, int maxRetries = 3, TimeSpan timeout = default) =>
        new(baseAddress, User: User, Password: Password, Timeout: timeout, MaxRetries: maxRetries,
            FirstRetryDelay: TimeSpan.FromMilliseconds(1));

    private static string ExpectedBasic => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));

    // ------------------------------------------------------------------ implicit transactions

    [Fact]
    public async Task Run_decodes_typed_values()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(DocExamples.TypedValues));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var result = await transport.RunAsync(new CypherQuery("MATCH (p:Person) RETURN p AS person"));

        Assert.Equal(["person", "born", "age", "score", "active", "tags", "address", "nothing", "name", "seen"], result.Fields);
        var row = Assert.Single(result.Rows);

        var person = Assert.IsType<Dictionary<string, object?>>(row[0]);
        Assert.Equal("Phil", person["name"]);
        Assert.Equal(42L, person["age"]);
        Assert.Equal(new DateOnly(2015, 3, 26), row[1]);
        Assert.Equal(123L, row[2]);
        Assert.Equal(4.56, row[3]);
        Assert.Equal(true, row[4]);
        Assert.Equal(new List<object?> { "A", "B" }, Assert.IsType<List<object?>>(row[5]));
        var address = Assert.IsType<Dictionary<string, object?>>(row[6]);
        Assert.Equal("A", address["fieldA"]);
        Assert.Equal(9007199254740993L, address["fieldB"]); // beyond double precision: why Integers travel as strings
        Assert.Null(row[7]);
        Assert.Equal("Phil", row[8]);
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), row[9]);
    }

    [Fact]
    public async Task Run_sends_statement_and_typed_parameters_to_the_query_endpoint()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(DocExamples.PhilResponse));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var parameters = new Dictionary<string, object?>
        {
            ["name"] = "Phil",
            ["none"] = null,
            ["flag"] = false,
            ["small"] = 42,
            ["big"] = 9007199254740993L,
            ["ratio"] = 0.5,
            ["born"] = new DateOnly(1958, 7, 4),
            ["seen"] = new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)),
            ["tags"] = new[] { "a", "b" },
            ["props"] = new Dictionary<string, object?> { ["n"] = 1L, ["nested"] = new List<object?> { 2.5, null } },
        };
        var result = await transport.RunAsync(new CypherQuery("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", parameters));
        Assert.Equal(["person", "name"], result.Fields);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal(ExpectedBasic, request.Header("Authorization"));
        Assert.Equal(DocExamples.TypedJsonMediaType, request.Header("Accept"));
        Assert.Equal(DocExamples.TypedJsonMediaType, request.Header("Content-Type"));
        Assert.Null(request.Header(DocExamples.AffinityHeader));

        // Page "Typed JSON": {"statement": ..., "parameters": {"name": {"$type": "String", "_value": "Phil"}}}
        var expected = """
            {
              "statement": "MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name",
              "parameters": {
                "name":  { "$type": "String", "_value": "Phil" },
                "none":  { "$type": "Null", "_value": null },
                "flag":  { "$type": "Boolean", "_value": false },
                "small": { "$type": "Integer", "_value": "42" },
                "big":   { "$type": "Integer", "_value": "9007199254740993" },
                "ratio": { "$type": "Float", "_value": "0.5" },
                "born":  { "$type": "Date", "_value": "1958-07-04" },
                "seen":  { "$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32-01:00" },
                "tags":  { "$type": "List", "_value": [ { "$type": "String", "_value": "a" }, { "$type": "String", "_value": "b" } ] },
                "props": { "$type": "Map", "_value": {
                  "n": { "$type": "Integer", "_value": "1" },
                  "nested": { "$type": "List", "_value": [ { "$type": "Float", "_value": "2.5" }, { "$type": "Null", "_value": null } ] }
                } }
              }
            }
            """;
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, request.Json), request.Body);
    }

    [Fact]
    public async Task Run_uses_the_configured_database_in_the_path()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(DocExamples.PhilResponse));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress) with { Database = "movies" });

        await transport.RunAsync(new CypherQuery("RETURN 1"));

        Assert.Equal("/db/movies/query/v2", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Bearer_token_replaces_basic_credentials()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(DocExamples.PhilResponse));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress) with { BearerToken = "eGJoa2pubHZpYW56dGdocXdhd3hxZmUK" });

        await transport.RunAsync(new CypherQuery("RETURN 1"));

        Assert.Equal("Bearer eGJoa2pubHZpYW56dGdocXdhd3hxZmUK", Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Bad_credentials_give_Unauthorized_without_the_password_and_no_retry()
    {
        await using var server = await FakeQueryApi.StartAsync(r =>
            r.Header("Authorization") == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:the-right-one"))
                ? Canned.Accepted(DocExamples.PhilResponse)
                : new Canned(401, DocExamples.Unauthorized));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.RunAsync(new CypherQuery("RETURN 1")));

        Assert.Equal(Codes.Unauthorized, e.Code);
        Assert.False(e.IsTransient);
        Assert.Contains("Neo4j refused the credentials for user 'neo4j'", e.Message);
        Assert.DoesNotContain(Password, e.ToString());
        Assert.DoesNotContain(ExpectedBasic["Basic ".Length..], e.ToString());
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(202)] // pages "Query the database" / "Run transactions": 202 whether or not the statement succeeded
    [InlineData(400)] // page "Changelog" (2025.11): status derived from the GQL status
    public async Task Syntax_error_is_thrown_and_not_retried(int status)
    {
        await using var server = await FakeQueryApi.StartAsync(_ => new Canned(status, DocExamples.SyntaxError));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var e = await Assert.ThrowsAsync<Neo4jException>(() =>
            transport.RunAsync(new CypherQuery("RETRUN $secret", new Dictionary<string, object?> { ["secret"] = "p4rameter-value" })));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.StartsWith("Invalid input 'RETRUN'", e.Message);
        Assert.DoesNotContain("p4rameter-value", e.ToString());
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Transient_error_then_success_is_retried()
    {
        var attempts = 0;
        await using var server = await FakeQueryApi.StartAsync(_ =>
            Interlocked.Increment(ref attempts) == 1
                ? Canned.Accepted(DocExamples.Deadlock)
                : Canned.Accepted(DocExamples.PhilResponse));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var result = await transport.RunAsync(new CypherQuery("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name",
            new Dictionary<string, object?> { ["name"] = "Phil" }));

        Assert.Equal("Phil", result.Rows[0][1]);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body); // the same statement, sent again
    }

    [Fact]
    public async Task Transient_errors_stop_after_MaxRetries()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Canned.Accepted(DocExamples.Deadlock));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress, maxRetries: 2));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.RunAsync(new CypherQuery("RETURN 1")));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Proxy_503_without_a_Neo4j_body_is_Unavailable_and_retried()
    {
        var attempts = 0;
        await using var server = await FakeQueryApi.StartAsync(_ =>
            Interlocked.Increment(ref attempts) == 1
                ? new Canned(503)
                : Canned.Accepted(DocExamples.PhilResponse));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var result = await transport.RunAsync(new CypherQuery("RETURN 1"));

        Assert.Single(result.Rows);
        Assert.Equal(2, server.Requests.Count);
    }

    // ------------------------------------------------------------------ explicit transactions

    [Fact]
    public async Task Explicit_transaction_opens_runs_and_commits_echoing_the_affinity_header()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Path switch
        {
            "/db/neo4j/query/v2/tx" => Canned.Accepted(DocExamples.OpenedTransaction("Alice"), DocExamples.Affinity),
            "/db/neo4j/query/v2/tx/lyU" => Canned.Accepted(DocExamples.OpenedTransaction("Bob"), DocExamples.Affinity),
            "/db/neo4j/query/v2/tx/lyU/commit" => Canned.Accepted(null, DocExamples.Affinity), // the page shows no commit body
            _ => new Canned(404),
        });
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var names = await transport.InTransactionAsync(async (tx, ct) =>
        {
            var alice = await tx.RunAsync(new CypherQuery("MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice",
                new Dictionary<string, object?> { ["name"] = "Alice", ["age"] = 42 }), ct);
            var bob = await tx.RunAsync(new CypherQuery("MERGE (n:Person {name: $name, age: $age}) RETURN n AS bob",
                new Dictionary<string, object?> { ["name"] = "Bob", ["age"] = 43 }), ct);
            return new[] { alice, bob }.Select(r => (string)((Dictionary<string, object?>)r.Rows[0][0]!)["name"]!).ToArray();
        });

        Assert.Equal(["Alice", "Bob"], names);
        var requests = server.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Header(DocExamples.AffinityHeader)); // nothing to echo yet
        Assert.Equal(DocExamples.Affinity, requests[1].Header(DocExamples.AffinityHeader));
        Assert.Equal(DocExamples.Affinity, requests[2].Header(DocExamples.AffinityHeader));
        Assert.All(requests, r => Assert.Equal(ExpectedBasic, r.Header("Authorization")));
        Assert.Equal("Alice", requests[0].Json.GetProperty("parameters").GetProperty("name").GetProperty("_value").GetString());
        Assert.Equal("Integer", requests[1].Json.GetProperty("parameters").GetProperty("age").GetProperty("$type").GetString());
        Assert.Equal("", requests[2].Body);
    }

    [Fact]
    public async Task Explicit_transaction_without_affinity_header_sends_none()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? Canned.Accepted(DocExamples.OpenedTransaction("Alice"))
            : Canned.Accepted(null));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        await transport.InTransactionAsync((tx, ct) => tx.RunAsync(new CypherQuery("RETURN 1"), ct));

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Null(r.Header(DocExamples.AffinityHeader)));
    }

    [Fact]
    public async Task Unit_of_work_that_runs_nothing_opens_nothing()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => new Canned(500));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        Assert.Equal(7, await transport.InTransactionAsync((_, _) => Task.FromResult(7)));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Constraint_violation_in_a_transaction_rolls_back_and_throws()
    {
        await using var server = await FakeQueryApi.StartAsync(r => (r.Method, r.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => Canned.Accepted(DocExamples.OpenedTransaction("Alice"), DocExamples.Affinity),
            ("POST", "/db/neo4j/query/v2/tx/lyU") => Canned.Accepted(DocExamples.ConstraintViolation),
            ("DELETE", "/db/neo4j/query/v2/tx/lyU") => Canned.Accepted(null, DocExamples.Affinity),
            _ => new Canned(404),
        });
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));
        var runs = 0;

        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.InTransactionAsync(async (tx, ct) =>
        {
            runs++;
            await tx.RunAsync(new CypherQuery("CREATE (:Person {name: $name})", new Dictionary<string, object?> { ["name"] = "Alice" }), ct);
            await tx.RunAsync(new CypherQuery("CREATE (:Person {name: $name})", new Dictionary<string, object?> { ["name"] = "Alice" }), ct);
            return 0;
        }));

        Assert.Equal(Codes.ConstraintViolation, e.Code);
        Assert.Equal(1, runs); // not transient: not rerun
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "DELETE /db/neo4j/query/v2/tx/lyU"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        var rollback = server.Requests[2];
        Assert.Equal(DocExamples.Affinity, rollback.Header(DocExamples.AffinityHeader));
        Assert.Equal(ExpectedBasic, rollback.Header("Authorization"));
    }

    [Fact]
    public async Task Transient_error_in_a_transaction_rolls_back_and_reruns_the_whole_unit()
    {
        var runs = 0;
        await using var server = await FakeQueryApi.StartAsync(r => (r.Method, r.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => Canned.Accepted(DocExamples.OpenedTransaction("Alice"), DocExamples.Affinity),
            ("POST", "/db/neo4j/query/v2/tx/lyU") => Interlocked.Increment(ref runs) == 1
                ? Canned.Accepted(DocExamples.Deadlock)
                : Canned.Accepted(DocExamples.OpenedTransaction("Bob"), DocExamples.Affinity),
            ("POST", "/db/neo4j/query/v2/tx/lyU/commit") => Canned.Accepted(null, DocExamples.Affinity),
            ("DELETE", "/db/neo4j/query/v2/tx/lyU") => Canned.Accepted(null, DocExamples.Affinity),
            _ => new Canned(404),
        });
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));
        var invocations = 0;

        var result = await transport.InTransactionAsync(async (tx, ct) =>
        {
            invocations++;
            await tx.RunAsync(new CypherQuery("MATCH (a:Person {name: 'Alice'}) RETURN a"), ct);
            return await tx.RunAsync(new CypherQuery("MATCH (b:Person {name: 'Bob'}) RETURN b"), ct);
        });

        Assert.Equal(2, invocations);
        Assert.Equal("Bob", ((Dictionary<string, object?>)result.Rows[0][0]!)["name"]);
        Assert.Equal(
            [
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "DELETE /db/neo4j/query/v2/tx/lyU",
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit",
            ],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Failure_in_the_work_itself_rolls_back_and_is_rethrown_unretried()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Method == "DELETE"
            ? Canned.Accepted(null)
            : Canned.Accepted(DocExamples.OpenedTransaction("Alice")));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));
        var invocations = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => transport.InTransactionAsync<int>(async (tx, ct) =>
        {
            invocations++;
            await tx.RunAsync(new CypherQuery("CREATE (:Person)"), ct);
            throw new InvalidOperationException("the work changed its mind");
        }));

        Assert.Equal(1, invocations);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/lyU"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Failed_rollback_does_not_hide_the_original_error()
    {
        await using var server = await FakeQueryApi.StartAsync(r => (r.Method, r.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => Canned.Accepted(DocExamples.OpenedTransaction("Alice")),
            ("POST", _) => Canned.Accepted(DocExamples.ConstraintViolation),
            // Page "Run transactions": what an unknown (already closed) transaction answers.
            _ => Canned.Accepted(DocExamples.Error("Neo.ClientError.Request.Invalid", "Transaction with Id: \\\"lyU\\\" was not found.")),
        });
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(new CypherQuery("CREATE (:Person)"), ct);
            return await tx.RunAsync(new CypherQuery("CREATE (:Person)"), ct);
        }));

        Assert.Equal(Codes.ConstraintViolation, e.Code);
        Assert.Equal("DELETE", server.Requests[^1].Method);
    }

    // ------------------------------------------------------------------ transport failures

    [Fact]
    public async Task Slow_server_gives_Timeout_and_is_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => new Canned(202, DocExamples.PhilResponse, Delay: TimeSpan.FromSeconds(30)));
        var counting = new CountingHandler(new SocketsHttpHandler());
        await using var transport = new QueryApiTransport(Options(server.BaseAddress, timeout: TimeSpan.FromSeconds(1)), counting, disposeHandler: true);

        var started = DateTime.UtcNow;
        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.RunAsync(new CypherQuery("RETURN 1")));

        Assert.Equal(Codes.Timeout, e.Code);
        Assert.False(e.IsTransient);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the timeout did not cut the wait short");
        // Counted as sent, not as received: on a busy machine the second can run out before the fake server records it.
        Assert.Equal(1, counting.Attempts);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_a_timeout()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => new Canned(202, DocExamples.PhilResponse, Delay: TimeSpan.FromSeconds(10)));
        await using var transport = new QueryApiTransport(Options(server.BaseAddress));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.RunAsync(new CypherQuery("RETURN 1"), cts.Token));
    }

    [Fact]
    public async Task Connection_refused_gives_Unavailable_after_retries()
    {
        using var refusing = RefusingPort();
        var counting = new CountingHandler(new SocketsHttpHandler());
        await using var transport = new QueryApiTransport(
            Options(new Uri($"http://127.0.0.1:{Port(refusing)}"), maxRetries: 2), counting, disposeHandler: true);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.RunAsync(new CypherQuery("RETURN 1")));

        Assert.Equal(Codes.Unavailable, e.Code);
        Assert.True(e.IsTransient);
        Assert.Equal(3, counting.Attempts); // first try + MaxRetries
        Assert.DoesNotContain(Password, e.ToString());
    }

    [Fact]
    public async Task Connection_refused_for_a_transaction_is_retried_then_Unavailable()
    {
        using var refusing = RefusingPort();
        var counting = new CountingHandler(new SocketsHttpHandler());
        await using var transport = new QueryApiTransport(
            Options(new Uri($"http://127.0.0.1:{Port(refusing)}"), maxRetries: 1), counting, disposeHandler: true);
        var invocations = 0;

        var e = await Assert.ThrowsAsync<Neo4jException>(() => transport.InTransactionAsync((tx, ct) =>
        {
            invocations++;
            return tx.RunAsync(new CypherQuery("RETURN 1"), ct);
        }));

        Assert.Equal(Codes.Unavailable, e.Code);
        Assert.Equal(2, invocations);
        Assert.Equal(2, counting.Attempts); // no DELETE: no transaction was ever opened
    }

    /// <summary>
    /// A loopback port held bound but not listening, so connecting is refused; a port bound and released instead could be
    /// taken meanwhile by a server of a test running in parallel (the API tests start many).
    /// </summary>
    private static Socket RefusingPort()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private static int Port(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _attempts;
        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Interlocked.Increment(ref _attempts);
            return base.SendAsync(request, ct);
        }
    }
}
