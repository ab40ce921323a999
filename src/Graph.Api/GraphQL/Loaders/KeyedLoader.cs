using System.Collections.Concurrent;

namespace Graph.Api.GraphQL;

/// <summary>
/// A loader whose reads take arguments besides the ids (a day, a stance): one batch per set of arguments, so fields asked
/// with the same arguments on one level share one store call.
/// </summary>
public abstract class KeyedLoader<TArgs, TValue> : IRequestLoader
{
    // Keyed by a one-element tuple, so that arguments that are all null (no day given) make a key too.
    private readonly ConcurrentDictionary<ValueTuple<TArgs>, Batch> batches = new();

    public IDataLoaderResult<TValue?> Load(string id, TArgs args) => batches.GetOrAdd(new(args), a => new Batch(this, a.Item1)).Load(id);

    /// <summary>The values of the ids asked for with these arguments, in one store call.</summary>
    protected abstract Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> ids, TArgs args, CancellationToken ct);

    private sealed class Batch(KeyedLoader<TArgs, TValue> owner, TArgs args) : BatchLoader<string, TValue>
    {
        protected override Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
            owner.FetchAsync(keys, args, ct);
    }
}
