using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Graph.Core;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// The real API on Kestrel on a loopback port, over a real database file in a temporary folder
/// (deleted on dispose unless kept for a restart).
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "graph.db");
    public HttpClient Http { get; }

    /// <summary>The write key the test hosts are configured with; <see cref="Http"/> sends it.</summary>
    public const string WriteKey = "test-write-key-0123456789";

    private readonly IReadOnlyDictionary<string, string?> settings;

    private ApiHost(string folder, IReadOnlyDictionary<string, string?>? extraSettings)
    {
        Folder = folder;
        settings = extraSettings ?? new Dictionary<string, string?> { ["Graph:ApiKeys"] = WriteKey };
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Graph:Database", DatabasePath);
            web.UseSetting("Urls", "http://127.0.0.1:0");
            web.UseSetting("Logging:LogLevel:Default", "Warning"); // keep test output to what tests say
            // A deadline a busy machine cannot reach (a first report read cold took over 10 s under heavy load); the
            // tests of the deadline set their own.
            web.UseSetting("Graph:Limits:TimeoutSeconds", "120");
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });
        factory.UseKestrel(0);
        factory.StartServer();
        Http = factory.CreateClient();
        Http.DefaultRequestHeaders.Authorization = new("Bearer", WriteKey);
    }

    /// <summary>Starts a host; <paramref name="settings"/> replaces the default (the write key) when given.</summary>
    public static ApiHost Start(string? folder = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "graph-api-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new ApiHost(folder, settings);
    }

    /// <summary>The host's own store, for writes the API has no mutation for (extractions, which the extractor records).</summary>
    public IGraphStore Store => factory.Services.GetRequiredService<IGraphStore>();

    /// <summary>The host's services, for what a test must hold (a heavy request's turn).</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>A client of this host that sends no credential.</summary>
    public HttpClient AnonymousClient() => new() { BaseAddress = Http.BaseAddress };

    /// <summary>Stops this host and starts a new one on the same database file.</summary>
    public async Task<ApiHost> RestartAsync()
    {
        await StopAsync();
        return new ApiHost(Folder, settings);
    }

    private async Task StopAsync()
    {
        Http.Dispose();
        await factory.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>POSTs a GraphQL request; returns the whole response document.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>POSTs a request that must succeed; returns its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return result.GetProperty("data");
    }

    /// <summary>POSTs a request that must fail; returns its first error.</summary>
    public async Task<JsonElement> ErrorAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        Assert.True(result.TryGetProperty("errors", out var errors), $"Expected an error, got {result}");
        return errors[0];
    }
}

public static class Json
{
    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;
    public static string Message(this JsonElement error) => error.GetProperty("message").GetString()!;
    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
    public static IEnumerable<JsonElement> Items(this JsonElement e) => e.EnumerateArray();
}
