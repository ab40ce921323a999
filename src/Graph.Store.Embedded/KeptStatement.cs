using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Store.Embedded;

/// <summary>
/// One statement prepared on a <see cref="KeptConnection"/>, stepped and read by the store itself. Through
/// Microsoft.Data.Sqlite a text column costs three or four calls into SQLite, each taking and releasing the statement's
/// SafeHandle; here the handle is taken once per read and a column is read with plain calls into the same library.
/// Binding, errors and the wait on a busy database are as SqliteCommand's, but a parameter keeps its value between reads and
/// is bound again only when the value changes: SQLite compiles a bound LIMIT or OFFSET into the plan, and any binding of
/// that parameter, even to the same number, makes the next step compile the whole statement again.
/// </summary>
internal sealed partial class KeptStatement : Row, IDisposable
{
    /// <summary>As SqliteCommand's default CommandTimeout: how long the first step waits for a busy database.</summary>
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly ParameterBinding.Buffer buffer = new();

    /// <summary>Per parameter index, the value bound now, or <see cref="Unknown"/> when it must be bound whatever it is.</summary>
    private readonly object?[] bound;

    /// <summary>Per parameter index, whether this read gave it a value; one not given reads as NULL, as on a fresh statement.</summary>
    private readonly bool[] given;

    private static readonly object Unknown = new();
    private IntPtr handle;

    /// <summary>The statement's pointer while a read steps it; a row kept past its read is refused rather than read.</summary>
    private IntPtr Current => handle != IntPtr.Zero ? handle : throw new InvalidOperationException("The row was read outside its read.");

    public KeptStatement(sqlite3 db, string sql)
    {
        this.db = db;
        var rc = raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement, out var tail);
        SqliteException.ThrowExceptionForRC(rc, db);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            statement.Dispose();
            throw new InvalidOperationException("A kept statement is one SQL statement; this text has more after the first.");
        }
        var count = raw.sqlite3_bind_parameter_count(statement) + 1; // indexes start at 1
        bound = new object?[count];
        given = new bool[count];
    }

    /// <summary>How many times SQLite has compiled this statement again since it was prepared (for tests).</summary>
    public int Recompilations => raw.sqlite3_stmt_status(statement, StatusReprepare, 0);

    /// <summary>SQLITE_STMTSTATUS_REPREPARE, which SQLitePCLRaw does not name.</summary>
    private const int StatusReprepare = 5;

    /// <summary>Every row the statement gives with these parameters, read by <paramref name="read"/>; the statement is reset after.</summary>
    public List<T> Rows<T>(Func<Row, T> read, (string Name, object? Value)[] args, CancellationToken ct)
    {
        var taken = false;
        statement.DangerousAddRef(ref taken);
        try
        {
            handle = statement.DangerousGetHandle();
            BindAll(args);
            var rows = new List<T>();
            for (var rc = FirstStep(); rc != raw.SQLITE_DONE; rc = NativeMethods.sqlite3_step(handle))
            {
                if (rc != raw.SQLITE_ROW) SqliteException.ThrowExceptionForRC(rc, db);
                ct.ThrowIfCancellationRequested();
                rows.Add(read(this));
            }
            return rows;
        }
        finally
        {
            // Reset at once: a statement left stepped would hold its read snapshot while the connection is idle.
            raw.sqlite3_reset(statement);
            handle = IntPtr.Zero;
            if (taken) statement.DangerousRelease();
        }
    }

    /// <summary>The first step, tried again while the database is busy, as SqliteDataReader does.</summary>
    private int FirstStep()
    {
        var waited = Stopwatch.StartNew();
        int rc;
        while (IsBusy(rc = NativeMethods.sqlite3_step(handle)) && waited.Elapsed < BusyTimeout)
        {
            raw.sqlite3_reset(statement);
            Thread.Sleep(150);
        }
        return rc;
    }

    private static bool IsBusy(int rc) => rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_LOCKED_SHAREDCACHE;

    /// <summary>Each given value bound as SqliteParameter binds it (<see cref="ParameterBinding"/>) unless it is already bound; a name the statement does not use is passed over.</summary>
    private void BindAll((string Name, object? Value)[] args)
    {
        Array.Clear(given);
        foreach (var (name, value) in args)
        {
            var i = raw.sqlite3_bind_parameter_index(statement, name);
            if (i == 0) continue;
            given[i] = true;
            Bind(i, name, value);
        }
        for (var i = 1; i < given.Length; i++)
            if (!given[i]) Bind(i, "?", null);
    }

    private void Bind(int i, string name, object? value)
    {
        if (value is DBNull) value = null;
        if (Unchanged(bound[i], value)) return;
        bound[i] = Unknown; // until SQLite has taken it
        SqliteException.ThrowExceptionForRC(ParameterBinding.Bind(statement, i, name, value, buffer), db);
        bound[i] = value is byte[] ? Unknown : value; // an array can change in place, so it is bound every time
    }

    private static bool Unchanged(object? now, object? value) => (now, value) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (long a, long b) => a == b,
        (int a, int b) => a == b,
        (bool a, bool b) => a == b,
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        _ => false,
    };

    public override bool IsDBNull(int i) => NativeMethods.sqlite3_column_type(Current, i) == raw.SQLITE_NULL;

    public override unsafe string GetString(int i)
    {
        var text = NativeMethods.sqlite3_column_text(Current, i);
        if (text == null)
        {
            if (IsDBNull(i)) throw new InvalidOperationException($"The column {GetName(i)} is NULL; it has no text.");
            return ""; // an empty BLOB read as text
        }
        return System.Text.Encoding.UTF8.GetString(text, NativeMethods.sqlite3_column_bytes(Current, i));
    }

    public override long GetInt64(int i) => IsDBNull(i) ? throw Null(i) : NativeMethods.sqlite3_column_int64(Current, i);

    public override double GetDouble(int i) => IsDBNull(i) ? throw Null(i) : NativeMethods.sqlite3_column_double(Current, i);

    public override string GetName(int i) => raw.sqlite3_column_name(statement, i).utf8_to_string();

    private InvalidOperationException Null(int i) => new($"The column {GetName(i)} is NULL.");

    public void Dispose() => statement.Dispose();

    /// <summary>
    /// The calls made per row and per column, into the e_sqlite3 that SQLitePCLRaw loads, taking the statement as a plain
    /// pointer. The column calls neither block nor call back, so they skip the transition to native code's GC mode.
    /// </summary>
    private static unsafe partial class NativeMethods
    {
        private const string Library = "e_sqlite3";

        [LibraryImport(Library)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int sqlite3_step(IntPtr statement);

        [LibraryImport(Library), SuppressGCTransition]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int sqlite3_column_type(IntPtr statement, int i);

        [LibraryImport(Library), SuppressGCTransition]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial byte* sqlite3_column_text(IntPtr statement, int i);

        [LibraryImport(Library), SuppressGCTransition]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int sqlite3_column_bytes(IntPtr statement, int i);

        [LibraryImport(Library), SuppressGCTransition]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial long sqlite3_column_int64(IntPtr statement, int i);

        [LibraryImport(Library), SuppressGCTransition]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial double sqlite3_column_double(IntPtr statement, int i);
    }
}
