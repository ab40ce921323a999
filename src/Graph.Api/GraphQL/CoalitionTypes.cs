using Graph.Core;
using Graph.Core.Coalitions;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class DraftSidesType : ObjectGraphType<DraftSides>
{
    public DraftSidesType()
    {
        Name = "DraftSides";
        Description = "The sides of a draft as of a day, each actor with the positions (and so the evidence) that put it there.";
        Field<DateScalar>("asOf").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SideMemberType>>>>("supporters").Description("Sponsors and backers.")
            .Resolve(c => c.Source.On(Side.Supports));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SideMemberType>>>>("opposers").Resolve(c => c.Source.On(Side.Opposes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SideMemberType>>>>("proposersOfAlternatives")
            .Description("Actors proposing an alternative to this draft (and taking no position on it).").Resolve(c => c.Source.On(Side.ProposesAlternative));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SideMemberType>>>>("uncommitted")
            .Description("Members of the draft's forum on that day with no stated position.").Resolve(c => c.Source.On(Side.NoStatedPosition));
    }
}

public sealed class SideMemberType : ObjectGraphType<SideMember>
{
    public SideMemberType()
    {
        Name = "SideMember";
        Field<NonNullGraphType<ActorType>>("actor").Resolve(c => c.Loaders().Actor(c.Source.ActorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions").Resolve(c => c.Source.Positions);
    }
}

public sealed class BlocType : ObjectGraphType<Bloc>
{
    public BlocType()
    {
        Name = "Bloc";
        Description = "A group of actors found on the alignment graph (signed Louvain), named after its anchor: the member most aligned with the rest.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<ActorType>>("anchor").Resolve(c => c.Loaders().Actor(c.Source.AnchorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("members").Description("Most aligned first.")
            .Resolve(c => c.Loaders().Actors(c.Source.Members));
    }
}

public sealed class BlocColourType : ObjectGraphType<KeyValuePair<string, string>>
{
    public BlocColourType()
    {
        Name = "BlocColour";
        Description = "A bloc's colour: the n-th bloc listed takes the n-th colour of one fixed palette.";
        Field<NonNullGraphType<IdGraphType>>("bloc").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("colour").Description("#rrggbb").Resolve(c => c.Source.Value);
    }
}

internal static class BlocColourFields
{
    /// <summary>The colours of a result's blocs, by <see cref="BlocPalette"/>: on every type that lists blocs.</summary>
    public static void AddBlocColoursField<T>(this ObjectGraphType<T> type, Func<T, IReadOnlyList<Bloc>> blocs) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocColourType>>>>("blocColours")
            .Description("Each bloc's colour, the same in the map, the exports and the notebook.").Resolve(c => BlocPalette.Assign(blocs(c.Source)));
}

public sealed class AlignmentEdgeType : ObjectGraphType<AlignmentEdge>
{
    public AlignmentEdgeType()
    {
        Name = "AlignmentEdge";
        Description = "weight = agreements − disagreements on shared drafts + 0.25 × alliances shared (body memberships excluded).";
        Field<NonNullGraphType<ActorType>>("a").Resolve(c => c.Loaders().Actor(c.Source.A));
        Field<NonNullGraphType<ActorType>>("b").Resolve(c => c.Loaders().Actor(c.Source.B));
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<IntGraphType>>("agreements").Resolve(c => c.Source.Agreements);
        Field<NonNullGraphType<IntGraphType>>("disagreements").Resolve(c => c.Source.Disagreements);
        Field<NonNullGraphType<IntGraphType>>("sharedAlliances").Resolve(c => c.Source.SharedAlliances);
    }
}

public sealed class DeclaredAllianceType : ObjectGraphType<DeclaredAlliance>
{
    public DeclaredAllianceType()
    {
        Name = "DeclaredAlliance";
        Description = "A declared alliance, with which of the aligned actors belong to it in the period: to set beside the blocs found.";
        Field<NonNullGraphType<AllianceType>>("alliance").Resolve(c => c.Loaders().Alliance(c.Source.AllianceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("members").Resolve(c => c.Loaders().Actors(c.Source.Members));
    }
}

public sealed class AlignmentType : ObjectGraphType<Alignment>
{
    public AlignmentType()
    {
        Name = "Alignment";
        Description = "Actors lined up by their positions on shared drafts and their alliances, and the blocs found on that signed graph.";
        Field<DateScalar>("from").Resolve(c => c.Source.From);
        Field<DateScalar>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlignmentEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocType>>>>("blocs").Resolve(c => c.Source.Blocs);
        this.AddBlocColoursField(s => s.Blocs);
        Field<NonNullGraphType<FloatGraphType>>("modularity").Description("Signed modularity of the blocs (Gómez, Jensen and Arenas 2009).")
            .Resolve(c => c.Source.Modularity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftType>>>>("drafts").Resolve(c => c.Loaders().Drafts(c.Source.DraftIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeclaredAllianceType>>>>("declaredAlliances").Resolve(c => c.Source.Alliances);
    }
}

public sealed class BlocSnapshotType : ObjectGraphType<BlocSnapshot>
{
    public BlocSnapshotType()
    {
        Name = "BlocSnapshot";
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocType>>>>("blocs").Resolve(c => c.Source.Blocs);
        this.AddBlocColoursField(s => s.Blocs);
    }
}

public sealed class BlocMoveType : ObjectGraphType<BlocMove>
{
    public BlocMoveType()
    {
        Name = "BlocMove";
        Description = "An actor whose bloc changed on a day; fromBloc null means it entered, toBloc null that it left.";
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ActorType>>("actor").Resolve(c => c.Loaders().Actor(c.Source.ActorId));
        Field<IdGraphType>("fromBloc").Resolve(c => c.Source.FromBlocId);
        Field<IdGraphType>("toBloc").Resolve(c => c.Source.ToBlocId);
    }
}

public sealed class BlocTimelineType : ObjectGraphType<BlocTimeline>
{
    public BlocTimelineType()
    {
        Name = "BlocTimeline";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocSnapshotType>>>>("snapshots").Resolve(c => c.Source.Snapshots);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocMoveType>>>>("moves").Resolve(c => c.Source.Moves);
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
