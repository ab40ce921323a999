using Graph.Core.Coalitions;

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
        Field<NonNullGraphType<ActorType>>("actor").Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions").Resolve(c => c.Source.Positions);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<SideMember> c, ActorLoader actors) => actors.Load(c.Source.ActorId);
}
