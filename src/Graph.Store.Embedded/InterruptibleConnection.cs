using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Store.Embedded;

/// <summary>
/// A connection whose running statement stops when a token is cancelled. Microsoft.Data.Sqlite looks at a token only
/// before it starts a command or reads a row (its Cancel does nothing), and one step of SQLite may be the whole query:
/// when 2,000 states all take a side of the same ten drafts, the alignment's pair counts are one step of 8 s, and an
/// 80,000-word full-text search was one of 10 s. sqlite3_interrupt ends that step, and the command fails with
/// SQLITE_INTERRUPT (<see cref="SqliteDatabase.Cancellable{T}"/> turns that into OperationCanceledException).
/// </summary>
internal class InterruptibleConnection(string connectionString) : SqliteConnection(connectionString)
{
    private CancellationTokenRegistration interrupt;

    /// <summary>From now until the connection is closed, cancelling <paramref name="ct"/> interrupts what it runs.</summary>
    public void InterruptOn(CancellationToken ct) =>
        interrupt = ct.Register(() =>
        {
            if (Handle is { } handle) raw.sqlite3_interrupt(handle);
        });

    /// <summary>The read is over: no later cancellation of its token reaches what this connection runs next.</summary>
    public void StopInterrupting() => interrupt.Dispose();

    public override void Close()
    {
        // Before the connection goes back to the pool: Dispose waits for a callback already running, so no later user
        // of the pooled connection is interrupted. (SQLite clears a stale interrupt when the next statement starts.)
        interrupt.Dispose();
        base.Close();
    }
}
