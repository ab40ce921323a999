using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Store.Neo4j.Tests;

/// <summary>What the fake server received: enough to assert on URLs, headers and the JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>A canned answer: status, body, extra headers, and an optional delay before answering.</summary>
public sealed record Canned(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>The Query API answers 202 Accepted (pages "Query the database", "Run transactions").</summary>
    public static Canned Accepted(string? body, string? affinity = null) =>
        new(202, body, affinity is null ? null : new Dictionary<string, string> { [DocExamples.AffinityHeader] = affinity });
}

/// <summary>
/// A tiny Kestrel server on 127.0.0.1 (port 0) standing in for Neo4j's Query API: it records every
/// request and answers with whatever the test's function returns.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeQueryApi(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeQueryApi> StartAsync(Func<RecordedRequest, Canned> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeQueryApi(app);

        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body);
            fake._requests.Enqueue(recorded);

            var canned = respond(recorded);
            if (canned.Delay > TimeSpan.Zero)
            {
                try { await Task.Delay(canned.Delay, context.RequestAborted); }
                catch (OperationCanceledException) { return; } // the client gave up
            }

            context.Response.StatusCode = canned.Status;
            foreach (var (name, value) in canned.Headers ?? new Dictionary<string, string>())
                context.Response.Headers[name] = value;
            if (canned.Body is not null)
            {
                // Errors for auth come as application/json (page "Authorize requests"); results in the
                // media type that was asked for (page "Typed JSON").
                context.Response.ContentType = canned.Status == 401 ? "application/json" : DocExamples.TypedJsonMediaType;
                await context.Response.WriteAsync(canned.Body);
            }
        });

        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First());
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
