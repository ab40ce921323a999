namespace Graph.Store.Neo4j.Http;

public sealed partial class QueryApiTransport
{
    /// <summary>
    /// One explicit transaction. Opened lazily by its first statement (the open request may carry one,
    /// page "Run transactions"), which saves a round trip and means a unit of work that runs nothing
    /// costs nothing. Statements must be awaited one at a time: the transaction is a sequence.
    /// </summary>
    private sealed class ExplicitTransaction(QueryApiTransport transport) : ICypherTransaction
    {
        private string? _id;
        private string? _affinity;
        private bool _closed;

        private string TxUrl => $"{transport._queryUrl}/tx/{Uri.EscapeDataString(_id!)}";

        public async Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(query);
            ObjectDisposedException.ThrowIf(_closed, this);

            if (_id is null)
            {
                var opened = await transport.SendAsync(HttpMethod.Post, $"{transport._queryUrl}/tx", query, affinity: null, ct);
                _id = opened.TransactionId
                      ?? throw new Neo4jException(ProtocolErrorCode, "Neo4j opened no transaction: the answer has no transaction id.");
                _affinity = opened.Affinity; // absent on single servers; replayed on every later request when present
                return opened.Result;
            }

            return (await transport.SendAsync(HttpMethod.Post, TxUrl, query, _affinity, ct)).Result;
        }

        public async Task CommitAsync(CancellationToken ct)
        {
            if (_id is null)
                return; // nothing was run, nothing was opened
            await transport.SendAsync(HttpMethod.Post, $"{TxUrl}/commit", query: null, _affinity, ct);
            _id = null; // committed: nothing left to roll back
        }

        /// <summary>
        /// Best effort: after an error the server has usually closed the transaction already (a response
        /// without the <c>transaction</c> key, page "Run transactions"), so this may fail, harmlessly.
        /// Not tied to the caller's token: a cancelled caller still should not leave locks behind.
        /// </summary>
        public async Task RollbackQuietlyAsync()
        {
            if (_id is null)
                return;
            try
            {
                using var cts = new CancellationTokenSource(transport._options.Timeout == Timeout.InfiniteTimeSpan
                    ? QueryApiOptions.DefaultTimeout : transport._options.Timeout);
                await transport.SendAsync(HttpMethod.Delete, TxUrl, query: null, _affinity, cts.Token);
            }
            catch
            {
                // The server's idle timeout rolls it back anyway; the original failure is what matters.
            }
            finally
            {
                _id = null;
            }
        }

        public void Close() => _closed = true;
    }
}
