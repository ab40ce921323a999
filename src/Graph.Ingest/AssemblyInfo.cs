using System.Runtime.CompilerServices;

// The tests check which stance rules a sentence that names no draft skips (StanceRules.NamesDraftAtTop).
[assembly: InternalsVisibleTo("Graph.Ingest.Tests")]
