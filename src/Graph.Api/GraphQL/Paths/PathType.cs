namespace Graph.Api.GraphQL;

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "The shortest connection between two nodes.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of edges.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve().WithService<NodeLoader>().Resolve(ResolveNodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
    }

    private static IDataLoaderResult<IReadOnlyList<object>> ResolveNodes(IResolveFieldContext<GraphPath> c, NodeLoader nodes) => nodes.LoadMany(c.Source.NodeIds);
}

public sealed class PathEdgeType : ObjectGraphType<GraphEdge>
{
    public PathEdgeType()
    {
        Name = "PathEdge";
        Description = "One edge of a path, in its stored direction: from RELATION to (MEMBER_OF, SPONSORS, MADE, ABOUT, REPRESENTS...).";
        Field<NonNullGraphType<IdGraphType>>("fromId").Resolve(c => c.Source.FromId);
        Field<NonNullGraphType<StringGraphType>>("relation").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<IdGraphType>>("toId").Resolve(c => c.Source.ToId);
        Field<NonNullGraphType<NodeInterface>>("from").Resolve().WithService<NodeLoader>().Resolve(ResolveFrom);
        Field<NonNullGraphType<NodeInterface>>("to").Resolve().WithService<NodeLoader>().Resolve(ResolveTo);
    }

    private static IDataLoaderResult<object?> ResolveFrom(IResolveFieldContext<GraphEdge> c, NodeLoader nodes) => nodes.Load(c.Source.FromId);

    private static IDataLoaderResult<object?> ResolveTo(IResolveFieldContext<GraphEdge> c, NodeLoader nodes) => nodes.Load(c.Source.ToId);
}
