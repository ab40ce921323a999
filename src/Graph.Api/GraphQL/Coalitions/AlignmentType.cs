using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftType>>>>("drafts").Resolve().WithService<DraftLoader>().Resolve(ResolveDrafts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeclaredAllianceType>>>>("declaredAlliances").Resolve(c => c.Source.Alliances);
    }

    private static IDataLoaderResult<IReadOnlyList<Draft>> ResolveDrafts(IResolveFieldContext<Alignment> c, DraftLoader drafts) => drafts.LoadMany(c.Source.DraftIds);
}

public sealed class AlignmentEdgeType : ObjectGraphType<AlignmentEdge>
{
    public AlignmentEdgeType()
    {
        Name = "AlignmentEdge";
        Description = "weight = agreements − disagreements on shared drafts + 0.25 × alliances shared (body memberships excluded).";
        Field<NonNullGraphType<ActorType>>("a").Resolve().WithService<ActorLoader>().Resolve(ResolveA);
        Field<NonNullGraphType<ActorType>>("b").Resolve().WithService<ActorLoader>().Resolve(ResolveB);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<IntGraphType>>("agreements").Resolve(c => c.Source.Agreements);
        Field<NonNullGraphType<IntGraphType>>("disagreements").Resolve(c => c.Source.Disagreements);
        Field<NonNullGraphType<IntGraphType>>("sharedAlliances").Resolve(c => c.Source.SharedAlliances);
    }

    private static IDataLoaderResult<Actor?> ResolveA(IResolveFieldContext<AlignmentEdge> c, ActorLoader actors) => actors.Load(c.Source.A);

    private static IDataLoaderResult<Actor?> ResolveB(IResolveFieldContext<AlignmentEdge> c, ActorLoader actors) => actors.Load(c.Source.B);
}

public sealed class DeclaredAllianceType : ObjectGraphType<DeclaredAlliance>
{
    public DeclaredAllianceType()
    {
        Name = "DeclaredAlliance";
        Description = "A declared alliance, with which of the aligned actors belong to it in the period: to set beside the blocs found.";
        Field<NonNullGraphType<AllianceType>>("alliance").Resolve().WithService<AllianceLoader>().Resolve(ResolveAlliance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("members").Resolve().WithService<ActorLoader>().Resolve(ResolveMembers);
    }

    private static IDataLoaderResult<Alliance?> ResolveAlliance(IResolveFieldContext<DeclaredAlliance> c, AllianceLoader alliances) =>
        alliances.Load(c.Source.AllianceId);

    private static IDataLoaderResult<IReadOnlyList<Actor>> ResolveMembers(IResolveFieldContext<DeclaredAlliance> c, ActorLoader actors) =>
        actors.LoadMany(c.Source.Members);
}
