namespace Graph.Api.GraphQL;

/// <summary>
/// Collects the keys a GraphQL level asks for and fetches them in one store call when the
/// executor first awaits a result (graphql-dotnet completes data-loader nodes only after the
/// whole level has been resolved), so a request costs round trips per level, not per item.
/// Results are cached for the request.
/// </summary>
public abstract class BatchLoader<TKey, TValue> : IRequestLoader
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> results = [];
    private List<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key) => new Deferred<TValue?>(this, Enqueue(key));

    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(Enqueue).ToList();
        return new Deferred<IReadOnlyList<TValue>>(this, WhenAllPresent(tasks));
    }

    /// <summary>
    /// The value when this request has fetched the key already (see <see cref="PrimeAsync"/>), else a deferred load. A
    /// field that gets the value itself is completed at once, not in the executor's later pass over data-loader results.
    /// </summary>
    public object? LoadedOrLoad(TKey key)
    {
        lock (gate)
            if (results.TryGetValue(key, out var done) && done.Task.IsCompletedSuccessfully) return done.Task.Result;
        return Load(key);
    }

    /// <summary>
    /// Fetches now, in one store call, the keys this request has not asked for yet: a loader whose rows lead to these keys
    /// calls it when the selection goes on to them, so the next level finds its values loaded.
    /// </summary>
    public async Task PrimeAsync(IEnumerable<TKey> keys, CancellationToken ct)
    {
        lock (gate)
            foreach (var key in keys)
                if (!results.ContainsKey(key))
                {
                    results[key] = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                    pending.Add(key);
                }
        await DispatchAsync(ct);
    }

    private static async Task<IReadOnlyList<TValue>> WhenAllPresent(List<Task<TValue?>> tasks) =>
        (await Task.WhenAll(tasks)).Where(v => v is not null).Select(v => v!).ToList();

    private Task<TValue?> Enqueue(TKey key)
    {
        lock (gate)
        {
            if (!results.TryGetValue(key, out var completion))
            {
                results[key] = completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                pending.Add(key);
            }
            return completion.Task;
        }
    }

    /// <summary>The values of the keys asked for, in one store call; a key left out reads as missing.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken ct);

    private async Task DispatchAsync(CancellationToken ct)
    {
        List<TKey> batch;
        lock (gate)
        {
            if (pending.Count == 0) return;
            (batch, pending) = (pending, []);
        }
        List<TaskCompletionSource<TValue?>> completions;
        lock (gate) completions = batch.Select(k => results[k]).ToList();
        try
        {
            var values = await FetchAsync(batch, ct);
            for (var i = 0; i < batch.Count; i++)
                completions[i].TrySetResult(values.TryGetValue(batch[i], out var value) ? value : default);
        }
        catch (Exception e)
        {
            foreach (var completion in completions) completion.TrySetException(e);
        }
    }

    private sealed class Deferred<T>(BatchLoader<TKey, TValue> loader, Task<T> result) : IDataLoaderResult<T>
    {
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await loader.DispatchAsync(cancellationToken);
            return await result;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>A loader that lives for one request: registered scoped, and found by this mark when the API is composed.</summary>
public interface IRequestLoader;
