using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests;

/// <summary>
/// The store's own stepping of a statement (<see cref="KeptStatement"/>) reads and binds as Microsoft.Data.Sqlite does:
/// every value is read both ways from the same file and compared.
/// </summary>
public sealed class KeptStatementTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"));
    private readonly string connectionString;

    public KeptStatementTests()
    {
        Directory.CreateDirectory(folder);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "kept.db"), Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE t(k INTEGER PRIMARY KEY, v);
            INSERT INTO t(k, v) VALUES (1, 'plain'), (2, 'Mañana, "quoted" \ back'), (3, NULL), (4, 42), (5, 2.5), (6, ''),
                (7, 'a' || char(0) || 'b'), (8, CAST('blob text' AS BLOB)), (9, x'');
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private const string Values = "SELECT k, v FROM t ORDER BY k;";

    private static string Describe(Row r, int i) =>
        r.IsDBNull(i) ? "null" : $"{r.GetName(i)}={r.GetString(i)}";

    private List<string> ThroughMicrosoft(string sql, params (string Name, object? Value)[] args)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var row = new ReaderRow(reader);
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Describe(row, i))));
        return rows;
    }

    private List<string> ThroughKept(KeptConnection connection, string sql, int columns, params (string Name, object? Value)[] args) =>
        connection.Rows(sql, r => string.Join("|", Enumerable.Range(0, columns).Select(i => Describe(r, i))), args, CancellationToken.None);

    private KeptConnection Open()
    {
        var connection = new KeptConnection(connectionString);
        connection.Open();
        return connection;
    }

    [Fact]
    public void Text_nulls_numbers_and_blobs_read_as_Microsoft_Data_Sqlite_reads_them()
    {
        using var connection = Open();
        var expected = ThroughMicrosoft(Values);
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, ThroughKept(connection, Values, 2));
        Assert.Contains("v=a\0b", ThroughKept(connection, Values, 2)[6]);
        Assert.Equal(
            ThroughMicrosoft("SELECT v FROM t WHERE typeof(v) IN ('integer', 'real') ORDER BY k;").Count,
            connection.Rows("SELECT v FROM t WHERE typeof(v) IN ('integer', 'real') ORDER BY k;", r => (r.GetInt64(0), r.GetDouble(0), r.GetInt32(0), r.GetBoolean(0)), [], CancellationToken.None).Count);
    }

    [Fact]
    public void Parameters_bind_as_SqliteParameter_binds_them()
    {
        using var connection = Open();
        const string sql = "SELECT typeof($p), quote($p);";
        object?[] values = ["text", "", 7, 7L, true, false, 2.25, new byte[] { 1, 2, 255 }, Array.Empty<byte>(), null, DBNull.Value];
        foreach (var value in values)
            Assert.Equal(ThroughMicrosoft(sql, ("$p", value)), ThroughKept(connection, sql, 2, ("$p", value)));
        // A name the statement does not use is passed over, as a parameter the text never names.
        Assert.Equal(["1"], connection.Rows("SELECT 1;", r => r.GetString(0), [("$unused", "x")], CancellationToken.None));
    }

    [Fact]
    public void A_null_read_as_text_a_second_statement_and_an_unknown_value_are_refused()
    {
        using var connection = Open();
        Assert.Throws<InvalidOperationException>(() => connection.Rows("SELECT v FROM t WHERE k = 3;", r => r.GetString(0), [], CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => connection.Rows("SELECT 1; SELECT 2;", r => r.GetString(0), [], CancellationToken.None));
        Assert.Throws<NotSupportedException>(() => connection.Rows("SELECT $p;", r => r.GetString(0), [("$p", DateTime.UnixEpoch)], CancellationToken.None));
        Assert.Throws<SqliteException>(() => connection.Rows("SELECT nope FROM t;", r => r.GetString(0), [], CancellationToken.None));
    }

    [Fact]
    public void A_read_that_fails_half_way_leaves_the_statement_reset_for_the_next()
    {
        using var connection = Open();
        Assert.Throws<FormatException>(() => connection.Rows(Values, r => r.GetInt64(0) == 2 ? throw new FormatException() : r.GetString(1), [], CancellationToken.None));
        // Reset: no read is left open (in this rollback-journal file one would keep another connection from committing), and the same statement reads from the start.
        using (var writer = new SqliteConnection(connectionString))
        {
            writer.Open();
            using var command = writer.CreateCommand();
            command.CommandText = "INSERT INTO t(k, v) VALUES (10, 'later');";
            command.ExecuteNonQuery();
        }
        Assert.Equal(10, ThroughKept(connection, Values, 2).Count);
        var kept = connection.Rows(Values, r => r, [], CancellationToken.None)[0];
        Assert.Throws<InvalidOperationException>(() => kept.GetString(1));
    }

    [Fact]
    public void A_parameter_a_read_does_not_give_is_NULL_as_on_a_fresh_statement()
    {
        using var connection = Open();
        const string sql = "SELECT quote($a), quote($b);";
        Assert.Equal(["quote($a)=NULL|quote($b)=NULL"], ThroughMicrosoft(sql, ("$a", null), ("$b", null)));
        Assert.Equal(ThroughMicrosoft(sql, ("$a", null), ("$b", null)), ThroughKept(connection, sql, 2));
        Assert.Equal(ThroughMicrosoft(sql, ("$a", "x"), ("$b", 2)), ThroughKept(connection, sql, 2, ("$a", "x"), ("$b", 2)));
        Assert.Equal(ThroughMicrosoft(sql, ("$b", 2), ("$a", null)), ThroughKept(connection, sql, 2, ("$b", 2)));
        Assert.Equal(ThroughMicrosoft(sql, ("$a", null), ("$b", null)), ThroughKept(connection, sql, 2));
        Assert.Equal(ThroughMicrosoft(sql, ("$a", "x"), ("$b", null)), ThroughKept(connection, sql, 2, ("$a", "x")));
    }

    [Fact]
    public void A_page_read_again_with_the_same_size_is_not_compiled_again_and_each_value_still_counts()
    {
        using var connection = Open();
        const string page = "SELECT k FROM t ORDER BY k LIMIT $first OFFSET $offset;";
        List<string> Page(int first, int offset) => ThroughKept(connection, page, 1, ("$first", first), ("$offset", offset));
        Assert.Equal(ThroughMicrosoft(page, ("$first", 2), ("$offset", 0)), Page(2, 0));
        var compiled = connection.Recompilations(page)!.Value;
        for (var i = 0; i < 5; i++) Assert.Equal(ThroughMicrosoft(page, ("$first", 2), ("$offset", 0)), Page(2, 0));
        Assert.Equal(compiled, connection.Recompilations(page));
        // A new size or start is bound and read as given, each time it changes.
        Assert.Equal(ThroughMicrosoft(page, ("$first", 3), ("$offset", 4)), Page(3, 4));
        Assert.Equal(ThroughMicrosoft(page, ("$first", 2), ("$offset", 4)), Page(2, 4));
        Assert.Equal(ThroughMicrosoft(page, ("$first", 2), ("$offset", 0)), Page(2, 0));
        Assert.Equal(["k=1", "k=2"], Page(2, 0));
    }
}
