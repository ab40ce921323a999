namespace Graph.Api.GraphQL;

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        Name = "Membership";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("actor").Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        Field<NonNullGraphType<AllianceType>>("alliance").Resolve().WithService<AllianceLoader>().Resolve(ResolveAlliance);
        this.AddDatedFields();
        this.AddProvenanceFields(f => f.Id);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<Membership> c, ActorLoader actors) => actors.Load(c.Source.ActorId);

    private static IDataLoaderResult<Alliance?> ResolveAlliance(IResolveFieldContext<Membership> c, AllianceLoader alliances) =>
        alliances.Load(c.Source.AllianceId);
}
