using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

public sealed class GraphViewType : ObjectGraphType<GraphView>
{
    public GraphViewType()
    {
        Name = "GraphView";
        Description = "Nodes and edges ready to draw, with the blocs actors are coloured by.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocType>>>>("blocs").Resolve(c => c.Source.Blocs);
        this.AddBlocColoursField(s => s.Blocs);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description($"True when some node of a NEIGHBOURHOOD has more edges than the view follows ({GraphViews.MaxEdgesPerNode} per node); see truncatedNodeIds.")
            .Resolve(c => c.Source.TruncatedNodeIds.Count > 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("truncatedNodeIds")
            .Description("The nodes whose edges were cut (a speaker's statements beyond the newest, a popular draft's positions...).")
            .Resolve(c => c.Source.TruncatedNodeIds);
    }
}

public sealed class ViewNodeType : ObjectGraphType<ViewNode>
{
    public ViewNodeType()
    {
        Name = "ViewNode";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("STATE, PERSON, ORGANIZATION, MEDIA, DRAFT, ALLIANCE, STATEMENT or SOURCE.").Resolve(c => c.Source.Kind);
        Field<IdGraphType>("bloc").Resolve(c => c.Source.BlocId);
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("How many edges of the view touch it.").Resolve(c => c.Source.Weight);
    }
}

public sealed class ViewEdgeType : ObjectGraphType<ViewEdge>
{
    public ViewEdgeType()
    {
        Name = "ViewEdge";
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<StringGraphType>>("relation").Description("SPONSORS, BACKS, OPPOSES, PROPOSES, ALIGNED, MEMBER_OF, ...").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(c => c.Source.Weight);
        Field<DateScalar>("since").Resolve(c => c.Source.Since);
        Field<DateScalar>("until").Resolve(c => c.Source.Until);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sourceIds").Description("The sources of the evidence behind the edge.")
            .Resolve(c => c.Source.SourceIds);
    }
}
