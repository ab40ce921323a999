using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

/// <summary>The root fields that line actors up: the alignment graph, its blocs over time, and views to draw.</summary>
internal static class CoalitionQueries
{
    public static void AddCoalitionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AlignmentType>>("alignment")
            .Description("The alignment graph between actors over positions held between from and to (inclusive; open ends allowed), and the blocs on it.")
            .With(Args.From).With(Args.To)
            .Resolve().WithService<CoalitionService>().ResolveAsync(ResolveAlignmentAsync);
        query.Field<NonNullGraphType<BlocTimelineType>>("blocTimeline")
            .Description("The blocs on each day a position began or ended between from and to, and who moved between them.")
            .With(Args.FromDay).With(Args.ToDay)
            .Resolve().WithService<CoalitionService>().ResolveAsync(ResolveBlocTimelineAsync);
        query.Field<NonNullGraphType<GraphViewType>>("graph")
            .Description("Nodes and edges to draw for a scope: DRAFT (id, asOf), NEIGHBOURHOOD (id, depth, asOf) or WINDOW (from, to).")
            .With(Args.Scope).With(Args.OptionalId)
            .With(Args.Depth).With(Args.AsOf).With(Args.From).With(Args.To)
            .Resolve().WithService<GraphViews>().ResolveAsync(ResolveGraphAsync);
    }

    private static async Task<object?> ResolveAlignmentAsync(IResolveFieldContext<object?> c, CoalitionService coalitions) =>
        await coalitions.AlignmentAsync(c.Get(Args.From), c.Get(Args.To), ct: c.CancellationToken);

    private static async Task<object?> ResolveBlocTimelineAsync(IResolveFieldContext<object?> c, CoalitionService coalitions) =>
        await coalitions.TimelineAsync(c.Get(Args.FromDay), c.Get(Args.ToDay), c.CancellationToken);

    private static async Task<object?> ResolveGraphAsync(IResolveFieldContext<object?> c, GraphViews views) =>
        await views.BuildAsync(c.Get(Args.Scope), c.Get(Args.OptionalId), c.Get(Args.Depth), c.Get(Args.AsOf), c.Get(Args.From), c.Get(Args.To),
            c.CancellationToken);
}
