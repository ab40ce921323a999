using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// Who may write: callers presenting one of the API keys from configuration (Graph:ApiKeys, a list,
/// or one comma-separated value), as "Authorization: Bearer KEY" or "X-Api-Key: KEY". Keys are kept
/// only as SHA-256 digests and compared in constant time; they are never logged or echoed.
/// </summary>
public sealed class WriteAccess
{
    private readonly List<byte[]> digests;

    public WriteAccess(IOptions<WriteAccessOptions> options)
    {
        digests = options.Value.Keys.Select(Digest).ToList();
    }

    public bool IsEnabled => digests.Count > 0;

    /// <summary>Why a request may not write, or null when it may.</summary>
    public string? Refusal(HttpRequest request)
    {
        if (!IsEnabled)
            return "Writes are disabled: no API keys are configured (set Graph:ApiKeys, for example Graph__ApiKeys=a-long-random-key).";
        var presented = Presented(request);
        if (presented is null)
            return "Mutations need an API key: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.";
        var digest = Digest(presented);
        // Every configured key is compared, and each comparison takes the same time, so timing tells nothing.
        var match = false;
        foreach (var known in digests)
            match |= CryptographicOperations.FixedTimeEquals(known, digest);
        return match ? null : "The API key is not valid.";
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && !string.IsNullOrWhiteSpace(key))
            return key.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
