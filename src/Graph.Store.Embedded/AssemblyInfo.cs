using System.Runtime.CompilerServices;

// The tests check how search words become an FTS5 query (SqliteGraphStore.MatchExpression).
[assembly: InternalsVisibleTo("Graph.Store.Tests")]
