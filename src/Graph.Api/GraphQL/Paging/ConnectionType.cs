namespace Graph.Api.GraphQL;

/// <summary>A page of a list that can grow: nodes, edges with cursors, pageInfo and totalCount.</summary>
public abstract class ConnectionType<TNodeType, T> : ObjectGraphType<Page<T>> where TNodeType : IGraphType
{
    protected ConnectionType(string name)
    {
        Name = name + "Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match, over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source);
    }
}
