using Graph.Store.Embedded;

namespace Graph.Store.Tests;

/// <summary>
/// The store contract against the SQLite store with its kept positions read at once whenever they are not current, so every
/// count over the position row alone is answered from memory (<c>KeptPositions</c>), never by SQL as it may be at first.
/// </summary>
public sealed class EmbeddedKeptPositionsContract : EmbeddedContractBase
{
    protected override SqliteGraphStore Open(string path) => new(path) { ReadKeptPositionsInline = true };
}
