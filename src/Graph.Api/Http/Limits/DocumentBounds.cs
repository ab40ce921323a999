using GraphQLParser.AST;

namespace Graph.Api.Http.Limits;

/// <summary>
/// Bounds on the size and shape of a parsed document, checked before any validation rule runs: graphql-dotnet's rules
/// are quadratic in repeated fields (field merging), recursive through fragment spreads (a chain of a few thousand
/// fragments overflows the stack) and report one error per repeated directive, so what they may be given is bounded
/// first, by one walk that is linear in the document and never recursive.
/// <para>
/// The whole document is bounded, not only the operation a request selects, because validation reads all of it.
/// </para>
/// </summary>
public static class DocumentBounds
{
    /// <summary>The first bound the document breaks, as a refusal, or null when it is within all of them.</summary>
    public static DocumentRefusal? Check(GraphQLDocument document, QueryLimits limits)
    {
        var fragments = new Dictionary<string, FragmentShape>();
        var operations = new List<FragmentShape>();
        int fields = 0, spreads = 0, directives = 0, variables = 0;
        // Top: whether the node stands at the top of its definition (an operation's root fields, or a fragment's own fields).
        var stack = new Stack<(ASTNode Node, FragmentShape Owner, bool Top)>();
        foreach (var definition in document.Definitions)
        {
            var shape = new FragmentShape();
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    if (fragments.Count >= limits.MaxFragments)
                        return new(LimitCodes.MaxFragmentsExceeded, $"The document defines more than {limits.MaxFragments} fragments; the limit is {limits.MaxFragments}.");
                    if (!fragments.TryAdd(fragment.FragmentName.Name.StringValue, shape))
                        return new(LimitCodes.FragmentNameRepeated, $"The fragment '{fragment.FragmentName.Name.StringValue}' is defined more than once.");
                    directives += fragment.Directives?.Count ?? 0;
                    stack.Push((fragment.SelectionSet, shape, true));
                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(shape);
                    directives += operation.Directives?.Count ?? 0;
                    variables += operation.Variables?.Count ?? 0;
                    stack.Push((operation.SelectionSet, shape, true));
                    break;
                default:
                    continue; // type system definitions: the executor refuses those
            }
            while (stack.Count > 0)
            {
                var (node, owner, top) = stack.Pop();
                switch (node)
                {
                    case GraphQLSelectionSet set:
                        if (RepeatedName(set, limits.MaxAliases) is { } repeated)
                            return new(LimitCodes.MaxRepeatsExceeded,
                                $"'{repeated}' is selected more than {limits.MaxAliases} times in one selection; the limit is {limits.MaxAliases}.");
                        foreach (var selection in set.Selections) stack.Push((selection, owner, top));
                        break;
                    case GraphQLField field:
                        fields++;
                        owner.Fields++;
                        directives += field.Directives?.Count ?? 0;
                        if (top) FragmentShape.Add(owner.Top, field.Name.StringValue, 1);
                        if (field.SelectionSet is not null) stack.Push((field.SelectionSet, owner, false));
                        break;
                    case GraphQLInlineFragment inline:
                        directives += inline.Directives?.Count ?? 0;
                        stack.Push((inline.SelectionSet, owner, top));
                        break;
                    case GraphQLFragmentSpread spread:
                        spreads++;
                        directives += spread.Directives?.Count ?? 0;
                        var name = spread.FragmentName.Name.StringValue;
                        FragmentShape.Add(owner.Spreads, name, 1);
                        if (top) FragmentShape.Add(owner.TopSpreads, name, 1);
                        break;
                }
                if (fields > limits.MaxFields)
                    return new(LimitCodes.MaxFieldsExceeded, $"The document selects more than {limits.MaxFields} fields; the limit is {limits.MaxFields}. Ask for less, or split it into several requests.");
                if (spreads > limits.MaxFragmentSpreads)
                    return new(LimitCodes.MaxFragmentsExceeded, $"The document spreads fragments more than {limits.MaxFragmentSpreads} times; the limit is {limits.MaxFragmentSpreads}.");
                if (directives > limits.MaxDirectives)
                    return new(LimitCodes.MaxDirectivesExceeded, $"The document has more than {limits.MaxDirectives} directives; the limit is {limits.MaxDirectives}.");
            }
        }
        if (variables > limits.MaxVariables)
            return new(LimitCodes.MaxVariablesExceeded, $"The document declares {variables} variables; the limit is {limits.MaxVariables}.");
        return FragmentGraph(fragments, operations, limits);
    }

    /// <summary>Cycles, the longest chain of spreads and the fields with every fragment written out, each fragment visited once.</summary>
    private static DocumentRefusal? FragmentGraph(Dictionary<string, FragmentShape> fragments, List<FragmentShape> operations, QueryLimits limits)
    {
        // Depth-first in post-order with an explicit stack: a fragment's chain and size are known once all it spreads are.
        foreach (var (start, startShape) in fragments)
        {
            if (startShape.State == FragmentVisit.Done) continue;
            var path = new Stack<(string Name, FragmentShape Shape, IEnumerator<string> Next)>();
            startShape.State = FragmentVisit.Open;
            path.Push((start, startShape, startShape.Spreads.Keys.GetEnumerator()));
            while (path.Count > 0)
            {
                var (name, shape, next) = path.Peek();
                if (next.MoveNext())
                {
                    if (!fragments.TryGetValue(next.Current, out var child)) continue; // unknown fragments are the core rules' to report
                    if (child.State == FragmentVisit.Open)
                        return new(LimitCodes.FragmentCycle, $"The fragment '{next.Current}' spreads itself (through '{name}'); fragments must not form cycles.");
                    if (child.State == FragmentVisit.Done) continue;
                    child.State = FragmentVisit.Open;
                    path.Push((next.Current, child, child.Spreads.Keys.GetEnumerator()));
                    continue;
                }
                path.Pop();
                shape.State = FragmentVisit.Done;
                shape.Expand(fragments);
                if (shape.Chain > limits.MaxFragmentDepth)
                    return new(LimitCodes.MaxFragmentDepthExceeded,
                        $"Fragments spread fragments more than {limits.MaxFragmentDepth} deep (from '{name}'); the limit is {limits.MaxFragmentDepth}.");
            }
        }
        foreach (var operation in operations)
        {
            operation.Expand(fragments);
            if (operation.Top.MaxBy(t => t.Value) is { Value: var repeats, Key: var field } && repeats > limits.MaxAliases)
                return new(LimitCodes.MaxAliasesExceeded,
                    $"The operation asks for '{field}' {repeats:0} times; the limit is {limits.MaxAliases} times a root field. Ask for a list instead, or split the request.");
            if (operation.Expanded > limits.MaxCost)
                return new(LimitCodes.MaxCostExceeded,
                    $"The query selects more than {limits.MaxCost} fields once its fragments are written out where they are spread, " +
                    $"so its cost is over the limit of {limits.MaxCost}. Spread each fragment once per selection.");
        }
        return null;
    }

    /// <summary>
    /// A response name given more than <paramref name="limit"/> times in one selection set as written: checking that such
    /// fields can be merged compares each pair of them.
    /// </summary>
    private static string? RepeatedName(GraphQLSelectionSet set, int limit)
    {
        if (set.Selections.Count <= limit) return null;
        var counts = new Dictionary<string, int>();
        foreach (var selection in set.Selections)
        {
            if (selection is not GraphQLField field) continue;
            var name = (field.Alias?.Name ?? field.Name).StringValue;
            if ((counts[name] = counts.GetValueOrDefault(name) + 1) > limit) return name;
        }
        return null;
    }
}
