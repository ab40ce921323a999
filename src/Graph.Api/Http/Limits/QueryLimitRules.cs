using GraphQL.Validation;

namespace Graph.Api.Http.Limits;

/// <summary>The validation rules a request runs: graphql-dotnet's core rules, then depth and cost.</summary>
public sealed class QueryLimitRules
{
    public QueryLimitRules(QueryLimits limits)
    {
        Limits = [new DepthAndCostRule(limits)];
        All = [.. DocumentValidator.CoreRules, .. Limits];
    }

    /// <summary>Every rule, for a document seen for the first time.</summary>
    public IReadOnlyList<IValidationRule> All { get; }

    /// <summary>
    /// Depth and cost alone, for a document that already passed the core rules (<see cref="Graph.Api.Http.DocumentCache"/>): they
    /// depend on the request's variables, so they run every time.
    /// </summary>
    public IReadOnlyList<IValidationRule> Limits { get; }
}

/// <summary>
/// Refuses an operation deeper than <see cref="QueryLimits.MaxDepth"/> with <c>MAX_DEPTH_EXCEEDED</c> (depth is the
/// number of fields on the longest path from the operation to a leaf, fragments expanded), else one whose cost under
/// <see cref="CostModel"/> is over <see cref="QueryLimits.MaxCost"/> with <c>MAX_COST_EXCEEDED</c>. One rule, so that
/// the operation is walked once for both numbers: it runs on every request, cached documents included.
/// </summary>
public sealed class DepthAndCostRule(QueryLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // Only a valid document is measured (no unknown fields, no fragment cycles): the core rules report the rest.
        if (context.HasErrors) return default;
        var measure = QueryMeasure.Of(context, limits);
        if (measure.Depth > limits.MaxDepth)
        {
            context.ReportError(new QueryLimitError(context, LimitCodes.MaxDepthExceeded,
                $"The query is {(measure.Truncated ? "at least " : "")}{measure.Depth} fields deep; the limit is {limits.MaxDepth}. " +
                "Nest less, or split it into several queries."));
            return default;
        }
        var cost = (long)Math.Ceiling(measure.Cost);
        if (measure.Truncated)
            context.ReportError(new QueryLimitError(context, LimitCodes.MaxCostExceeded,
                $"The query selects more than {limits.MaxCost} fields once its fragments are written out where they are spread, " +
                $"so its cost is over the limit of {limits.MaxCost}. Spread each fragment once per selection."));
        else if (cost > limits.MaxCost)
            context.ReportError(new QueryLimitError(context, LimitCodes.MaxCostExceeded,
                $"The query's cost is {cost}; the limit is {limits.MaxCost} (cost model: {CostModel.Name}: each field 1, times the 'first' " +
                $"of each connection above it (default {Graph.Core.PageRequest.DefaultSize}) and {limits.ListEstimate} for each other list above it). " +
                "Ask for smaller pages or fewer nested lists."));
        return default;
    }
}

/// <summary>A refused request: the code names the limit, the message the measured value and the limit.</summary>
public sealed class QueryLimitError : ValidationError
{
    public QueryLimitError(ValidationContext context, string code, string message)
        : base(context.Document.Source, null!, message, context.Operation)
    {
        Code = code;
    }
}
