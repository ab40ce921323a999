namespace Graph.Api.GraphQL;

public sealed class AllianceType : ObjectGraphType<Alliance>
{
    public AllianceType()
    {
        Name = "Alliance";
        Description = "A standing group (the P5, the G8), a negotiating forum (the six-party talks) or a coalition.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Alliance;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<AllianceKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<ActorType>("body").Description("For a body membership: the body (the Security Council) whose members these are.")
            .Resolve().WithService<ActorLoader>().Resolve(ResolveBody);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("members")
            .Description("Memberships holding on asOf if given.").With(Args.AsOf).With(Args.IncludeRetracted)
            .Resolve().WithService<MembersOfAllianceLoader>().Resolve(ResolveMembers);
    }

    private static IDataLoaderResult<Actor?>? ResolveBody(IResolveFieldContext<Alliance> c, ActorLoader actors) =>
        c.Source.BodyId is { } id ? actors.Load(id) : null;

    private static IDataLoaderResult<IReadOnlyList<Membership>> ResolveMembers(IResolveFieldContext<Alliance> c, MembersOfAllianceLoader members) =>
        members.Load(c.Source.Id, (c.Get(Args.AsOf), c.Get(Args.IncludeRetracted))).OrEmpty();
}

public sealed class AllianceConnectionType() : ConnectionType<AllianceType, Alliance>("Alliance");
