using System.Collections.Concurrent;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Graph.Api.Http;

/// <summary>
/// Parsed documents that have passed graphql-dotnet's core validation rules, by query text, so that a client that
/// sends the same text again (with the same or other variables) is neither parsed nor put through the core rules again.
/// <para>
/// Only a document that validated and executed is added. The core rules look at the document alone (not at the
/// variables, the operation name or the caller), so they need not run again; what depends on the request still runs for
/// every request: variable coercion, the mutation check and write access, and the depth and cost rule unless
/// <see cref="CachedDocument.WithinLimits"/> says its answer cannot have changed.
/// </para>
/// <para>
/// Bounded by the total length of the cached query texts (<see cref="DefaultMaxChars"/>: a parsed document takes about
/// ten times its text, so about 10 MB): once full, a new text is not cached and the least recently used are evicted in
/// the background. A parsed document is read-only to the executor, so concurrent requests share it.
/// </para>
/// </summary>
public sealed class DocumentCache(long maxChars = DocumentCache.DefaultMaxChars) : IDisposable
{
    public const long DefaultMaxChars = 1_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = maxChars });

    /// <summary>The document that validated for this exact text, or null.</summary>
    public CachedDocument? Get(string query) => cache.TryGetValue(query, out CachedDocument? entry) ? entry : null;

    /// <summary>Caches a document that passed the core rules; a text longer than the whole budget is not cached.</summary>
    public CachedDocument Add(string query, GraphQLDocument document) =>
        cache.Set(query, new CachedDocument(document), new MemoryCacheEntryOptions { Size = query.Length });

    /// <summary>How many documents are cached now.</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();
}

/// <summary>A document that passed the core rules, and the operations of it known to be within the depth and cost limits.</summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    public GraphQLDocument Document { get; } = document;

    /// <summary>
    /// True when no variable reaches an argument named <c>first</c> or a directive (<c>@skip</c>, <c>@include</c>):
    /// then depth and cost, which read nothing else from the request, are the same whatever the variables.
    /// </summary>
    public bool MeasureIgnoresVariables { get; } = !document.Definitions.Any(d => d switch
    {
        GraphQLOperationDefinition operation => Varies(operation.Directives) || Varies(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => Varies(fragment.Directives) || Varies(fragment.SelectionSet),
        _ => false,
    });

    // Operation names (as the request gave them, "" for none) that passed depth and cost; at most the document's operations.
    private readonly ConcurrentDictionary<string, bool> passed = new();

    /// <summary>Whether this operation passed depth and cost before and cannot measure differently now.</summary>
    public bool WithinLimits(string? operationName) => MeasureIgnoresVariables && passed.ContainsKey(operationName ?? "");

    /// <summary>Records that the operation passed every rule (it executed).</summary>
    public void Passed(string? operationName)
    {
        if (MeasureIgnoresVariables) passed.TryAdd(operationName ?? "", true);
    }

    private static bool Varies(GraphQLSelectionSet? set) => set is not null && set.Selections.Any(selection => selection switch
    {
        GraphQLField field => Varies(field.Directives) || Varies(field.SelectionSet) ||
            (field.Arguments?.Items.Any(a => a.Name.Value == "first" && HasVariable(a.Value)) ?? false),
        GraphQLInlineFragment inline => Varies(inline.Directives) || Varies(inline.SelectionSet),
        GraphQLFragmentSpread spread => Varies(spread.Directives),
        _ => true, // nothing else can stand in a selection set; if it did, measure every time
    });

    private static bool Varies(GraphQLDirectives? directives) =>
        directives is not null && directives.Items.Any(d => d.Arguments?.Items.Any(a => HasVariable(a.Value)) ?? false);

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) ?? false,
        GraphQLObjectValue obj => obj.Fields?.Any(f => HasVariable(f.Value)) ?? false,
        _ => false,
    };
}
