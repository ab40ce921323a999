using Graph.Core;
using Microsoft.Extensions.Caching.Memory;

namespace Graph.Api.Http;

/// <summary>
/// Answers to queries, by the exact request they answered, reused while the store has not changed since
/// (<see cref="IDataVersion"/>). Only a query that executed without an error is kept: its answer is then a function of the
/// request's text and the store's data alone (no field reads the caller, the clock or the load), so the same text asked of
/// the same data gets the same bytes. Mutations, refusals, errors and timeouts always run.
/// <para>
/// The version is read before the query runs and kept with its answer, so a write that commits while the query runs
/// leaves an answer that is never reused. With a store that cannot tell when it changed (Neo4j), nothing is kept.
/// Bounded by <see cref="Limits.QueryLimits.AnswerCacheBytes"/>, answers and keys counted (0 keeps none); one answer may take
/// at most an eighth of it; once full, the least recently used are evicted in the background.
/// </para>
/// </summary>
public sealed class AnswerCache : IDisposable
{
    private readonly IDataVersion store;
    private readonly long maxBytes;
    private readonly MemoryCache? cache;

    public AnswerCache(IDataVersion store, long maxBytes)
    {
        this.store = store;
        this.maxBytes = maxBytes;
        if (maxBytes > 0) cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxBytes });
    }

    /// <summary>The store's version now, or null when answers are not kept (off, or the store cannot tell).</summary>
    public long? Version() => cache is null ? null : store.Current();

    /// <summary>The answer kept for this request at this version, or null.</summary>
    public byte[]? Get(AnswerKey key, long version) =>
        cache!.TryGetValue(key, out Answer? answer) && answer!.Version == version ? answer.Bytes : null;

    /// <summary>Keeps the answer a query gave at <paramref name="version"/>, unless it is too large to be worth a place.</summary>
    public void Add(AnswerKey key, long version, byte[] bytes)
    {
        var size = key.Size + bytes.Length;
        if (size > maxBytes / 8) return;
        cache!.Set(key, new Answer(version, bytes), new MemoryCacheEntryOptions { Size = size });
    }

    /// <summary>How many answers are kept now.</summary>
    public int Count => cache?.Count ?? 0;

    public void Dispose() => cache?.Dispose();

    private sealed record Answer(long Version, byte[] Bytes);
}

/// <summary>A request as it came, byte for byte: how it was sent and in what media type it wants the answer, and its text
/// (a POST's body, a GET's query string), which holds the query, the operation's name, the variables and the extensions.</summary>
public sealed class AnswerKey : IEquatable<AnswerKey>
{
    private readonly byte[] bytes;
    private readonly int hash;

    public AnswerKey(string method, string mediaType, ReadOnlySpan<byte> text)
    {
        bytes = new byte[text.Length + 2];
        bytes[0] = HttpMethods.IsGet(method) ? (byte)'G' : (byte)'P';
        bytes[1] = mediaType == GraphQLEndpoint.GraphQLResponseJson ? (byte)'g' : (byte)'j';
        text.CopyTo(bytes.AsSpan(2));
        var hasher = new HashCode();
        hasher.AddBytes(bytes);
        hash = hasher.ToHashCode();
    }

    /// <summary>What the key takes in memory, roughly, for the cache's bound.</summary>
    public int Size => bytes.Length + 64;

    public bool Equals(AnswerKey? other) => other is not null && hash == other.hash && bytes.AsSpan().SequenceEqual(other.bytes);

    public override bool Equals(object? obj) => Equals(obj as AnswerKey);

    public override int GetHashCode() => hash;
}
