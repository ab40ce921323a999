namespace Graph.Api.GraphQL;

public sealed class BallotType : ObjectGraphType<Ballot>
{
    public BallotType()
    {
        Name = "Ballot";
        Description = "How one member voted. A ballot puts its actor on a side of the draft on the vote's day: YES backs, NO opposes.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("actor").Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        Field<NonNullGraphType<VoteType>>("vote").Resolve().WithService<VoteLoader>().Resolve(ResolveVote);
        Field<NonNullGraphType<GraphEnum<BallotChoice>>>("choice").Resolve(c => c.Source.Choice);
        Field<NonNullGraphType<BooleanGraphType>>("isVeto").Description("A NO that blocked the draft on its own (a permanent member's).")
            .Resolve(c => c.Source.Veto);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
        this.AddProvenanceFields(b => b.Id);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<Ballot> c, ActorLoader actors) => actors.Load(c.Source.ActorId);

    private static IDataLoaderResult<Vote?> ResolveVote(IResolveFieldContext<Ballot> c, VoteLoader votes) => votes.Load(c.Source.VoteId);
}
