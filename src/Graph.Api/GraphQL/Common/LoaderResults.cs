namespace Graph.Api.GraphQL;

/// <summary>What resolvers do with a loader's result before the executor awaits it.</summary>
public static class LoaderResults
{
    /// <summary>Maps a loaded value. If the map returns another loader result, the executor batches that one too.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>A missing list (no rows for this key) reads as an empty one.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> OrEmpty<T>(this IDataLoaderResult<IReadOnlyList<T>?> result) =>
        result.Then(list => list ?? []);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
