namespace Graph.Store.Neo4j.Tests;

/// <summary>Records the statements a read sends, and answers each with <see cref="Answer"/> (by default an empty page).</summary>
internal sealed class CannedTransport : ICypherTransport
{
    public List<CypherQuery> Ran { get; } = [];

    public CypherResult Answer { get; set; } = new(["total", "page"], [[0L, new List<object?>()]]);

    public Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct = default)
    {
        Ran.Add(query);
        return Task.FromResult(Answer);
    }

    public Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        throw new InvalidOperationException("A read writes nothing.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
