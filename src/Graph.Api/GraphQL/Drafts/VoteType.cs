namespace Graph.Api.GraphQL;

public sealed class VoteType : ObjectGraphType<Vote>
{
    public VoteType()
    {
        Name = "Vote";
        Description = "A vote on a draft: its day, result and tally, each member's ballot, and the record it comes from.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DraftType>>("draft").Resolve().WithService<DraftLoader>().Resolve(ResolveDraft);
        Field<DateScalar>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<GraphEnum<VoteResult>>>("result").Resolve(c => c.Source.Result);
        Field<NonNullGraphType<TallyType>>("tally").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BallotType>>>>("ballots")
            .Description("Each member's ballot, by actor id.").Resolve().WithService<BallotsInVoteLoader>().Resolve(ResolveBallots);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
        this.AddProvenanceFields(v => v.Id);
    }

    private static IDataLoaderResult<Draft?> ResolveDraft(IResolveFieldContext<Vote> c, DraftLoader drafts) => drafts.Load(c.Source.DraftId);

    private static IDataLoaderResult<IReadOnlyList<Ballot>> ResolveBallots(IResolveFieldContext<Vote> c, BallotsInVoteLoader ballots) =>
        ballots.Load(c.Source.Id).OrEmpty();
}

public sealed class TallyType : ObjectGraphType<Vote>
{
    public TallyType()
    {
        Name = "Tally";
        Description = "The counts the record gives; null where it gives none.";
        Field<IntGraphType>("yes").Resolve(c => c.Source.Yes);
        Field<IntGraphType>("no").Resolve(c => c.Source.No);
        Field<IntGraphType>("abstain").Resolve(c => c.Source.Abstain);
    }
}
