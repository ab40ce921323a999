using Graph.Core;
using GraphQL.Types;

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

public sealed class ActorConnectionType() : ConnectionType<ActorType, Actor>("Actor");
public sealed class DraftConnectionType() : ConnectionType<DraftType, Draft>("Draft");
public sealed class AllianceConnectionType() : ConnectionType<AllianceType, Alliance>("Alliance");
public sealed class StatementConnectionType() : ConnectionType<StatementType, Statement>("Statement");
public sealed class SourceConnectionType() : ConnectionType<SourceType, Source>("Source");
