namespace Graph.Api.GraphQL;

/// <summary>Curating where actors stand on drafts: positions, and votes with each member's ballot.</summary>
internal static class StanceMutations
{
    public static void AddStanceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PositionType>>("recordPosition").With(Args.Input<PositionInputType>())
            .Resolve().WithServices<CurationService, IGraphStore>().ResolveAsync(RecordPositionAsync);
        mutation.Field<NonNullGraphType<PositionType>>("endPosition").Description("Ends a position: 'until' is the first day it no longer holds.")
            .With(Args.Id).With(Args.Until)
            .Resolve().WithServices<CurationService, IGraphStore>().ResolveAsync(EndPositionAsync);
        mutation.Field<NonNullGraphType<VoteType>>("recordVote").With(Args.Input<VoteInputType>())
            .Description("Records a vote on a draft with its result and tally; record each member's ballot with recordBallot.")
            .Resolve().WithServices<CurationService, IGraphStore>().ResolveAsync(RecordVoteAsync);
        mutation.Field<NonNullGraphType<BallotType>>("recordBallot").With(Args.Input<BallotInputType>())
            .Description("Records how one member voted in a vote (one ballot per member).")
            .Resolve().WithServices<CurationService, IGraphStore>().ResolveAsync(RecordBallotAsync);
    }

    private static async Task<object?> RecordPositionAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store)
    {
        var i = InputMap.Of(c);
        var id = await curation.RecordPositionAsync(new PositionInput(i.Str("id"), i.Str("actorId")!, i.Str("draftId")!,
            i.Enum<Stance>("stance"), i.Date("since"), i.Date("until"), StatementMutations.EvidenceListFrom(i)), c.CancellationToken);
        return await PositionAsync(store, id, c.CancellationToken);
    }

    private static async Task<object?> EndPositionAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store)
    {
        var id = c.Get(Args.Id);
        await curation.EndPositionAsync(id, c.Get(Args.Until), c.CancellationToken);
        return await PositionAsync(store, id, c.CancellationToken);
    }

    private static async Task<object?> RecordVoteAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store)
    {
        var i = InputMap.Of(c);
        var id = await curation.RecordVoteAsync(new VoteInput(i.Str("id"), i.Str("draftId")!, i.Date("date"), i.Enum<VoteResult>("result"),
            i.Int("yes"), i.Int("no"), i.Int("abstain"), StatementMutations.EvidenceListFrom(i)), c.CancellationToken);
        return (await store.GetVotesByIdAsync([id], c.CancellationToken)).Single();
    }

    private static async Task<object?> RecordBallotAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store)
    {
        var i = InputMap.Of(c);
        var id = await curation.RecordBallotAsync(new BallotInput(i.Str("id"), i.Str("voteId")!, i.Str("actorId")!, i.Enum<BallotChoice>("choice"),
            i.Bool("isVeto"), StatementMutations.EvidenceListFrom(i)), c.CancellationToken);
        return (await store.GetBallotsAsync(new FactFilter(FactIds: [id]), c.CancellationToken)).Single();
    }

    /// <summary>A position just written, retracted or not.</summary>
    public static async Task<object> PositionAsync(IGraphStore store, string id, CancellationToken ct) =>
        (await store.GetPositionsAsync(new FactFilter(FactIds: [id], IncludeRetracted: true), null, ct)).Single();
}
