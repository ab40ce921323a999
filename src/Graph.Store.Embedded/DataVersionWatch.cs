namespace Graph.Store.Embedded;

/// <summary>
/// The store's <see cref="Graph.Core.IDataVersion"/>: SQLite's <c>PRAGMA data_version</c> on a connection of its own that never
/// writes, which moves whenever any other connection to the file commits (the store's own writer, or another process's).
/// That number means something only on one connection, so a watch that had to reopen counts on from where it was, and the
/// number handed out never returns to a value it had.
/// </summary>
internal sealed class DataVersionWatch(SqliteDatabase database) : IDisposable
{
    private readonly Lock gate = new();
    private KeptConnection? connection;
    private int generation = -1;
    private long seen = long.MinValue;
    private long count;

    public long? Current()
    {
        lock (gate)
        {
            try
            {
                if (connection is null || generation != database.Generation)
                {
                    connection?.Dispose();
                    connection = null;
                    seen = long.MinValue;
                    generation = database.Generation;
                    connection = database.OpenWatch();
                }
                var now = connection.Rows("PRAGMA data_version", row => row.GetInt64(0), [], CancellationToken.None)[0];
                if (now != seen)
                {
                    seen = now;
                    count++;
                }
                return count;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException)
            {
                // The file cannot be read now: nothing is known, so nothing is reused; the next watch starts a new count.
                connection?.Dispose();
                connection = null;
                return null;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection?.Dispose();
            connection = null;
        }
    }
}
