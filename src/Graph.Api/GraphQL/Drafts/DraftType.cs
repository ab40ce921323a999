using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

public sealed class DraftType : ObjectGraphType<Draft>
{
    public DraftType()
    {
        Name = "Draft";
        Description = "A draft resolution, presidential statement or proposal, and the positions taken on it.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Draft;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<DraftKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<ActorType>("forum").Resolve().WithService<ActorLoader>().Resolve(ResolveForum);
        Field<ActorType>("subject").Description("The actor the draft is about (North Korea, for a sanctions resolution on North Korea).")
            .Resolve().WithService<ActorLoader>().Resolve(ResolveSubject);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoteType>>>>("votes")
            .Description("The votes held on the draft, oldest first.").Resolve().WithService<VotesOnDraftLoader>().Resolve(ResolveVotes);
        Field<GraphEnum<DraftStatus>>("status")
            .Description("The latest status recorded on or before asOf (or ever, without asOf).").With(Args.AsOf)
            .Resolve().WithService<StatusHistoryLoader>().Resolve(ResolveStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftStatusChangeType>>>>("history")
            .Description("Status changes, oldest first.").Resolve().WithService<StatusHistoryLoader>().Resolve(ResolveHistory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("Who sponsors, backs, opposes or proposes this draft, holding on asOf if given, with evidence.")
            .With(Args.Stance).With(Args.AsOf).With(Args.IncludeRetracted)
            .Resolve().WithService<PositionsOfDraftLoader>().Resolve(ResolvePositions);
        Field<NonNullGraphType<PositionsAggregateType>>("positionsAggregate")
            .Description("Counts of the positions taken on this draft (not retracted) and its ballots as sides (YES backs, NO opposes), matching 'where'.")
            .With(Args.PositionWhere).Resolve().WithService<PositionCountLoader>().Resolve(ResolvePositionsAggregate);
        Field<DateScalar>("tabled").Description("The day the draft was tabled: its earliest dated status change (what orderBy TABLED sorts by).")
            .Resolve().WithService<StatusHistoryLoader>().Resolve(ResolveTabled);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftRelationType>>>>("relations")
            .Description("Revisions and alternatives, with this draft at either end.")
            .Resolve().WithService<DraftRelationsLoader>().Resolve(ResolveRelations);
        Field<NonNullGraphType<DraftSidesType>>("sides")
            .Description("Who is on which side as of a day: supporters, opposers, proposers of alternatives, and forum members with no stated position.")
            .With(Args.AsOf)
            .Resolve().WithService<CoalitionService>().ResolveAsync(ResolveSidesAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftType>>>>("alternatives")
            .Description("Drafts put forward as alternatives to this one, or to which this one is an alternative.")
            .Resolve().WithServices<DraftRelationsLoader, DraftLoader>().Resolve(ResolveAlternatives);
        this.AddProvenanceFields(d => d.Id);
    }

    private static IDataLoaderResult<Actor?>? ResolveForum(IResolveFieldContext<Draft> c, ActorLoader actors) =>
        c.Source.ForumId is { } id ? actors.Load(id) : null;

    private static IDataLoaderResult<Actor?>? ResolveSubject(IResolveFieldContext<Draft> c, ActorLoader actors) =>
        c.Source.SubjectId is { } id ? actors.Load(id) : null;

    private static IDataLoaderResult<IReadOnlyList<Vote>> ResolveVotes(IResolveFieldContext<Draft> c, VotesOnDraftLoader votes) =>
        votes.Load(c.Source.Id).OrEmpty();

    private static IDataLoaderResult<DraftStatus?> ResolveStatus(IResolveFieldContext<Draft> c, StatusHistoryLoader history)
    {
        var asOf = c.Get(Args.AsOf);
        return history.Load(c.Source.Id).Then(changes => (changes ?? []).LastOrDefault(h => asOf is null || h.Date is null || h.Date <= asOf)?.Status);
    }

    private static IDataLoaderResult<IReadOnlyList<DraftStatusChange>> ResolveHistory(IResolveFieldContext<Draft> c, StatusHistoryLoader history) =>
        history.Load(c.Source.Id).OrEmpty();

    private static IDataLoaderResult<IReadOnlyList<Position>> ResolvePositions(IResolveFieldContext<Draft> c, PositionsOfDraftLoader positions) =>
        positions.Load(c.Source.Id, (c.Get(Args.Stance), c.Get(Args.AsOf), c.Get(Args.IncludeRetracted), PositionsOfDraftLoader.SelectsEvidence(c),
            PositionsOfDraftLoader.SelectsActor(c))).OrEmpty();

    private static IDataLoaderResult<int> ResolvePositionsAggregate(IResolveFieldContext<Draft> c, PositionCountLoader counts) =>
        counts.Load(c.Source.Id, new(DraftWhereInput.Position(c.Get(Args.PositionWhere), Args.PositionWhere.Name))).Then(n => n);

    private static IDataLoaderResult<DateOnly?> ResolveTabled(IResolveFieldContext<Draft> c, StatusHistoryLoader history) =>
        history.Load(c.Source.Id).Then(changes => DraftFilters.Tabled(changes ?? []));

    private static IDataLoaderResult<IReadOnlyList<DraftRelation>> ResolveRelations(IResolveFieldContext<Draft> c, DraftRelationsLoader relations) =>
        relations.Load(c.Source.Id).OrEmpty();

    private static async Task<object?> ResolveSidesAsync(IResolveFieldContext<Draft> c, CoalitionService coalitions) =>
        await coalitions.SidesAsync(c.Source.Id, c.Get(Args.AsOf), c.CancellationToken);

    // The drafts are loaded once the relations are: the executor batches the second load too.
    private static IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Draft>>> ResolveAlternatives(IResolveFieldContext<Draft> c, DraftRelationsLoader relations, DraftLoader drafts) =>
        relations.Load(c.Source.Id).Then(found => Alternatives.Of(c.Source.Id, found ?? [])).Then(drafts.LoadMany);
}

public sealed class DraftConnectionType() : ConnectionType<DraftType, Draft>("Draft");
