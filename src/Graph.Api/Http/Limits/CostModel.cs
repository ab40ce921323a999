using Graph.Core;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.Http.Limits;

/// <summary>
/// The "page-weighted field count" cost model: about how many fields the server will resolve.
/// <list type="bullet">
/// <item>Every selected field costs 1, scalar or object, times the multipliers of the list fields above it.</item>
/// <item>A connection's <c>nodes</c> multiplies what is selected under it by the connection's <c>first</c>
/// (clamped to 0..100, the page sizes the API serves), or by 20, the default page size, when <c>first</c> is absent;
/// <c>totalCount</c> and <c>pageInfo</c> are counted once.</item>
/// <item>Any other list of objects (Draft.positions, Actor.memberships, Statement.about, Position.evidence, ...)
/// multiplies what is selected under it by <see cref="QueryLimits.ListEstimate"/> (10 by default).</item>
/// <item>Fields whose work is far more than one field's cost their <see cref="Weights"/> instead of 1: introspection
/// (<c>__schema</c>, <c>__type</c>, with everything under them free) and the root fields that compute over many facts
/// (<c>alignment</c>, <c>blocTimeline</c>, <c>graph</c>, <c>path</c>). <c>__typename</c> costs 0.</item>
/// <item>Fields are counted as execution resolves them: fragments expanded, fields with the same response name in one
/// selection merged (a fragment spread twice counts once), fields left out by <c>@skip</c>/<c>@include</c> not counted.</item>
/// </list>
/// So <c>{ drafts { nodes { title positions { stance } } } }</c> costs 1 + 1 + 20 × (1 + 1 + 10 × 1) = 242.
/// </summary>
public static class CostModel
{
    public const string Name = "page-weighted field count";

    /// <summary>What the heavy fields cost, each, instead of 1 (introspection at any level, the others as root fields).</summary>
    public static readonly IReadOnlyDictionary<string, int> Weights = new Dictionary<string, int>
    {
        ["__schema"] = 5_000,
        ["__type"] = 100,
        ["alignment"] = 5_000,
        ["blocTimeline"] = 10_000,
        ["graph"] = 2_000,
        ["path"] = 1_000,
    };

    /// <summary>
    /// Whether a root field, with its <c>scope</c> argument where it has one, is CPU-bound work over many facts, whose
    /// requests wait for a turn among <see cref="QueryLimits.MaxHeavyRequests"/>: alignments and timelines over a window,
    /// and the graph of a window (a draft's or a neighbourhood's graph is bounded by its draft or its depth).
    /// </summary>
    public static bool IsHeavy(string rootField, string? scope) => rootField is "alignment" or "blocTimeline" || (rootField == "graph" && scope is null or "WINDOW");

    /// <summary>What one field costs (times the multiplier it stands under) and the multiplier for its selection.</summary>
    /// <param name="pageAbove">The page size of the field right above, when that field is paged and not a list (a connection).</param>
    internal static (double Impact, double ChildMultiplier, int? PageForChildren) Of(FieldType field, IDictionary<string, ArgumentValue>? arguments,
        int? pageAbove, int listEstimate, bool atRoot)
    {
        if (field.Name == "__typename") return (0, 0, null);
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
            return (Weights.GetValueOrDefault(field.Name, 1), 0, null); // what is under it is in the weight
        if (atRoot && Weights.TryGetValue(field.Name, out var weight))
            return (weight, 1, null);
        var page = PageSize(field, arguments);
        if (!IsList(field.ResolvedType))
            return (1, 1, page); // a connection passes its page size on to its 'nodes'
        return (1, page ?? pageAbove ?? listEstimate, null);
    }

    /// <summary>The most items a field that takes 'first' returns, or null for a field without paging.</summary>
    private static int? PageSize(FieldType field, IDictionary<string, ArgumentValue>? arguments)
    {
        if (field.Arguments?.Find("first") is null) return null;
        var first = arguments is not null && arguments.TryGetValue("first", out var value) && value.Value is int given ? given : PageRequest.DefaultSize;
        return Math.Clamp(first, 0, PageRequest.MaxSize); // larger pages are refused with PAGE_SIZE_EXCEEDED when resolved
    }

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}

/// <summary>
/// The depth and cost of the operation a request selects, measured by walking its selections as the response is
/// shaped (fragments expanded, fields merged by response name), so the walk is as long as the response's shape, not
/// exponential in nested fragment spreads.
/// <para>
/// It also counts the field selections as written out with every fragment spread expanded where it stands, without
/// merging: that is what graphql-dotnet's executor goes through, and a few nested fragments that each spread the next
/// twice make it exponential (a 2 KB document of 40 such fragments would keep a core busy for days, and the timeout
/// cannot stop it: field collection never yields). Past <see cref="QueryLimits.MaxCost"/> such selections the walk
/// stops and the query is over the cost limit whatever its fields cost.
/// </para>
/// </summary>
public sealed class QueryMeasure
{
    public int Depth { get; private set; }
    public double Cost { get; private set; }
    /// <summary>Field selections gone through, fragments expanded where they are spread (not merged).</summary>
    public double Selections { get; private set; }
    /// <summary>True when the walk stopped at the selection budget: <see cref="Cost"/> and <see cref="Depth"/> are then lower bounds.</summary>
    public bool Truncated { get; private set; }
    private readonly Dictionary<string, double> fragmentSizes = [];

    private readonly ValidationContext context;
    private readonly QueryLimits limits;

    private QueryMeasure(ValidationContext context, QueryLimits limits)
    {
        this.context = context;
        this.limits = limits;
    }

    /// <summary>Measures the operation the request selects. The walk is linear and bounded, so each rule measures for itself.</summary>
    public static QueryMeasure Of(ValidationContext context, QueryLimits limits)
    {
        var measure = new QueryMeasure(context, limits);
        IGraphType? root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (root is not null)
            measure.Visit([(context.Operation.SelectionSet, root)], multiplier: 1, pageAbove: null, level: 1);
        return measure;
    }

    private void Visit(IEnumerable<(GraphQLSelectionSet Set, IGraphType On)> selections, double multiplier, int? pageAbove, int level)
    {
        var sets = selections.ToList();
        Selections += sets.Sum(s => Expanded(s.Set));
        if (Selections > limits.MaxCost)
        {
            Truncated = true;
            return;
        }
        foreach (var group in Collect(sets).Values)
        {
            if (Truncated) return;
            var (ast, on) = group[0];
            if (Definition(ast, on) is not { } field) continue; // unknown fields are the core rules' to report
            Depth = Math.Max(Depth, level);
            var (impact, childMultiplier, pageForChildren) = CostModel.Of(field, context.ArgumentValues?.GetValueOrDefault(ast), pageAbove, limits.ListEstimate,
                atRoot: level == 1);
            Cost += impact * multiplier;
            var children = group.Where(g => g.Field.SelectionSet is not null).Select(g => (g.Field.SelectionSet!, field.ResolvedType!.GetNamedType())).ToList();
            if (children.Count > 0)
                Visit(children, multiplier * childMultiplier, pageForChildren, level + 1);
        }
    }

    /// <summary>How many field selections a selection set has with its fragments written out (not merged; can be huge).</summary>
    private double Expanded(GraphQLSelectionSet set)
    {
        double size = 0;
        foreach (var selection in set.Selections)
        {
            size += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => Expanded(inline.SelectionSet),
                GraphQLFragmentSpread spread => ExpandedFragment(spread.FragmentName.Name),
                _ => 0,
            };
        }
        return size;
    }

    private double ExpandedFragment(GraphQLName name)
    {
        var key = name.StringValue;
        if (fragmentSizes.TryGetValue(key, out var size)) return size;
        fragmentSizes[key] = 0; // a cycle (the core rules refuse those) counts nothing more
        size = context.Document.FindFragmentDefinition(name.Value) is { } fragment ? Expanded(fragment.SelectionSet) : 0;
        return fragmentSizes[key] = size;
    }

    /// <summary>The fields of some selection sets by response name, as the response is shaped.</summary>
    private Dictionary<string, List<(GraphQLField Field, IGraphType On)>> Collect(IEnumerable<(GraphQLSelectionSet Set, IGraphType On)> selections)
    {
        var fields = new Dictionary<string, List<(GraphQLField, IGraphType)>>();
        var fragmentsSeen = new HashSet<string>();
        void Add(GraphQLSelectionSet set, IGraphType on)
        {
            foreach (var selection in set.Selections)
            {
                if (!context.ShouldIncludeNode(selection)) continue;
                switch (selection)
                {
                    case GraphQLField field:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!fields.TryGetValue(name, out var list)) fields[name] = list = [];
                        list.Add((field, on));
                        break;
                    case GraphQLInlineFragment inline:
                        Add(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? on);
                        break;
                    case GraphQLFragmentSpread spread:
                        if (!fragmentsSeen.Add(spread.FragmentName.Name.StringValue)) break;
                        if (context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment)
                            Add(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? on);
                        break;
                }
            }
        }
        foreach (var (set, on) in selections) Add(set, on);
        return fields;
    }

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue];

    private FieldType? Definition(GraphQLField field, IGraphType on)
    {
        var name = field.Name.StringValue;
        if (name == "__typename") return context.Schema.TypeNameMetaFieldType;
        if (on == context.Schema.Query && name == "__schema") return context.Schema.SchemaMetaFieldType;
        if (on == context.Schema.Query && name == "__type") return context.Schema.TypeMetaFieldType;
        return (on as IComplexGraphType)?.GetField(name);
    }
}
