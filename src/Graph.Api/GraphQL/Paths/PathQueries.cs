namespace Graph.Api.GraphQL;

/// <summary>The root fields that reach any node, and that connect two.</summary>
internal static class PathQueries
{
    public static void AddNodeQuery(this ObjectGraphType query) =>
        query.Field<NodeInterface>("node").Description("Any node by id.").With(Args.Id).Resolve().WithService<NodeLoader>().Resolve(ResolveNode);

    public static void AddPathQuery(this ObjectGraphType query) =>
        query.Field<PathType>("path")
            .Description("The shortest connection between two nodes over roles, statements, positions, memberships and draft relations; null if none within maxHops.")
            .With(Args.FromNode).With(Args.ToNode).With(Args.MaxHops)
            .Resolve().WithService<PathFinder>().ResolveAsync(ResolvePathAsync);

    private static IDataLoaderResult<object?> ResolveNode(IResolveFieldContext<object?> c, NodeLoader nodes) => nodes.Load(c.Get(Args.Id));

    private static async Task<object?> ResolvePathAsync(IResolveFieldContext<object?> c, PathFinder paths) =>
        await paths.FindAsync(c.Get(Args.FromNode), c.Get(Args.ToNode), c.Get(Args.MaxHops), c.CancellationToken);
}
