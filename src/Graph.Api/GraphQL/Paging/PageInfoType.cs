namespace Graph.Api.GraphQL;

public sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Pass endCursor as 'after' to get the next page.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Count == 0 ? null : c.Source.CursorAt(0));
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Count == 0 ? null : c.Source.CursorAt(c.Source.Count - 1));
    }
}
