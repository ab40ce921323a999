using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.Http.Limits;

/// <summary>
/// Admission for heavy requests: those whose operation asks for a root field that computes over many facts
/// (<see cref="CostModel.IsHeavy"/>). At most <see cref="QueryLimits.MaxHeavyRequests"/> run at once; the next wait up to
/// <see cref="QueryLimits.HeavyQueueWait"/> for a turn and are then refused (HTTP 429, <c>BUSY</c>), so that a crowd of
/// heavy requests cannot take every core and all the memory while cheap reads wait behind them.
/// </summary>
public sealed class HeavyRequests(QueryLimits limits) : IDisposable
{
    private readonly SemaphoreSlim turns = new(limits.MaxHeavyRequests, limits.MaxHeavyRequests);

    /// <summary>Seconds a refused client is told to wait before it tries again.</summary>
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(limits.Timeout.TotalSeconds / 2));

    /// <summary>Tells a refused client when to try again (Retry-After) and returns the refusal's message.</summary>
    public string Refuse(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"Too many heavy requests (alignment, blocTimeline, the graph or export of a window) are running; at most " +
            $"{limits.MaxHeavyRequests} run at once. Try again in {RetryAfterSeconds} s.";
    }

    /// <summary>A turn, released on dispose; null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken ct) =>
        await turns.WaitAsync(limits.HeavyQueueWait, ct) ? new Turn(turns) : null;

    /// <summary>
    /// Whether the operation asks for a heavy root field, directly or through fragments spread at its root. Reads the
    /// operation the executor runs; the document has passed <see cref="DocumentBounds"/> (no cycles), and each fragment is read once.
    /// </summary>
    /// <param name="variables">The request's variables, for a <c>scope</c> given by one (an unknown scope counts as heavy).</param>
    public static bool IsHeavy(GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        if (operation.Operation != OperationType.Query) return false;
        var seen = new HashSet<string>();
        var sets = new Stack<GraphQLSelectionSet>([operation.SelectionSet]);
        while (sets.Count > 0)
        {
            foreach (var selection in sets.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when CostModel.IsHeavy(field.Name.StringValue, Scope(field, variables)):
                        return true;
                    case GraphQLInlineFragment inline:
                        sets.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when seen.Add(spread.FragmentName.Name.StringValue):
                        if (document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment) sets.Push(fragment.SelectionSet);
                        break;
                }
            }
        }
        return false;
    }

    private static string? Scope(GraphQLField field, Inputs? variables) =>
        field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "scope")?.Value switch
        {
            GraphQLEnumValue value => value.Name.StringValue,
            GraphQLVariable variable when variables?.TryGetValue(variable.Name.StringValue, out var given) == true => given as string,
            _ => null,
        };

    public void Dispose() => turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) turns.Release();
        }
    }
}
