using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The current row of a read, as every reader in the store reads it: over Microsoft.Data.Sqlite's reader, or over a statement
/// the store steps itself (<see cref="KeptStatement"/>). The members are named and behave as SqliteDataReader's.
/// </summary>
internal abstract class Row
{
    public abstract bool IsDBNull(int i);

    public abstract string GetString(int i);

    public abstract long GetInt64(int i);

    public abstract double GetDouble(int i);

    public abstract string GetName(int i);

    public int GetInt32(int i) => (int)GetInt64(i);

    public bool GetBoolean(int i) => GetInt64(i) != 0;
}

/// <summary>A row of Microsoft.Data.Sqlite's reader (results of commands: pages, several result sets, writes).</summary>
internal sealed class ReaderRow(SqliteDataReader reader) : Row
{
    public override bool IsDBNull(int i) => reader.IsDBNull(i);

    public override string GetString(int i) => reader.GetString(i);

    public override long GetInt64(int i) => reader.GetInt64(i);

    public override double GetDouble(int i) => reader.GetDouble(i);

    public override string GetName(int i) => reader.GetName(i);
}
