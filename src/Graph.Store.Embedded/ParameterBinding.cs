using System.Text;
using SQLitePCL;

namespace Graph.Store.Embedded;

/// <summary>
/// A value bound to a parameter below Microsoft.Data.Sqlite, as its SqliteParameter binds it: text as UTF-8, integers and
/// booleans as integers, a double as a real, a byte array as a blob (an empty one as a zero-length blob), null as NULL. One
/// rule for the statements the store steps itself, reads (<see cref="KeptStatement"/>) and writes (<see cref="PreparedWrite"/>).
/// </summary>
internal static class ParameterBinding
{
    /// <summary>Where text is encoded before SQLite copies it (SQLITE_TRANSIENT), so one buffer serves every value of a statement's owner.</summary>
    public sealed class Buffer
    {
        public byte[] Bytes = new byte[1024];
    }

    /// <summary>SQLite's result code; a value of a type SqliteParameter would not bind as one of these is refused by name.</summary>
    public static int Bind(sqlite3_stmt statement, int index, string name, object? value, Buffer buffer) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        // An empty span would reach SQLite as a null pointer, which binds NULL.
        "" => raw.sqlite3_bind_text(statement, index, ""),
        string text => BindText(statement, index, text, buffer),
        long n => raw.sqlite3_bind_int64(statement, index, n),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(statement, index, 0),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"The store does not bind a {value.GetType().Name} ({name})."),
    };

    private static int BindText(sqlite3_stmt statement, int index, string text, Buffer buffer)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (buffer.Bytes.Length < most) buffer.Bytes = new byte[Math.Max(most, buffer.Bytes.Length * 2)];
        var length = Encoding.UTF8.GetBytes(text, buffer.Bytes);
        return raw.sqlite3_bind_text(statement, index, buffer.Bytes.AsSpan(0, length));
    }
}
