using System.Runtime.CompilerServices;

// TypedJson is an implementation detail of the Query API transport; its tests decode documented
// examples directly, without a server round trip.
[assembly: InternalsVisibleTo("Graph.Store.Neo4j.Tests")]
