using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Graph.Api.Http;

/// <summary>
/// Parsed documents that have passed graphql-dotnet's core validation rules, by query text, so that a client that
/// sends the same text again (with the same or other variables) is neither parsed nor put through the core rules again.
/// <para>
/// Only a document that validated and executed is added. The core rules look at the document alone (not at the
/// variables, the operation name or the caller), so they need not run again; what depends on the request still runs for
/// every request: variable coercion, the depth and cost rules (their numbers can change with variables such as
/// <c>first</c> or <c>@include(if: $x)</c>), the mutation check and write access.
/// </para>
/// <para>
/// Bounded by the total length of the cached query texts (<see cref="DefaultMaxChars"/>: a parsed document takes about
/// ten times its text, so about 10 MB): once full, a new text is not cached and the least recently used are evicted in
/// the background. A parsed document is read-only to the executor, so concurrent requests share it.
/// </para>
/// </summary>
public sealed class DocumentCache(long maxChars = DocumentCache.DefaultMaxChars) : IDisposable
{
    public const long DefaultMaxChars = 1_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = maxChars });

    /// <summary>The document that validated for this exact text, or null.</summary>
    public GraphQLDocument? Get(string query) => cache.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    /// <summary>Caches a document that passed the core rules; a text longer than the whole budget is not cached.</summary>
    public void Add(string query, GraphQLDocument document) =>
        cache.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });

    /// <summary>How many documents are cached now.</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();
}
