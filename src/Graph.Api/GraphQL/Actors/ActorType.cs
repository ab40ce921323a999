namespace Graph.Api.GraphQL;

public sealed class ActorType : ObjectGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "A state, person, organization or news outlet.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Actor;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<ActorKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the reports use: capitals, demonyms, misspellings.").Resolve(c => c.Source.Aliases);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("The actor's stances on drafts, holding on asOf if given; with 'where', those it keeps (stance and asOf go in it).")
            .With(Args.AsOf).With(Args.Stance).With(Args.IncludeRetracted).With(Args.PositionListWhere)
            .Resolve().WithServices<PositionsOfActorLoader, PositionsMatchingLoader>().Resolve(ResolvePositions);
        Field<NonNullGraphType<ActorPositionsAggregateType>>("positionsAggregate")
            .Description("Counts of the actor's positions (not retracted) and its ballots as sides (YES backs, NO opposes), matching 'where'.")
            .With(Args.PositionWhere).Resolve().WithService<PositionAggregateLoader>().Resolve(ResolvePositionsAggregate);
        Field<NonNullGraphType<StatementConnectionType>>("statements")
            .Description("What the actor said, newest first.")
            .With(Args.About).With(Args.From).With(Args.To).With(Args.Search)
            .With(Args.First).With(Args.After).With(Args.IncludeRetracted)
            .Resolve().WithService<StatementsOfSpeakerLoader>().Resolve(ResolveStatements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BallotType>>>>("ballots")
            .Description("How the actor voted, oldest vote first; with asOf, in the votes held on or before that day.").With(Args.AsOf)
            .Resolve().WithService<BallotsOfActorLoader>().Resolve(ResolveBallots);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships")
            .Description("Alliances the actor belongs to, on asOf if given.").With(Args.AsOf).With(Args.IncludeRetracted)
            .Resolve().WithService<MembershipsOfActorLoader>().Resolve(ResolveMemberships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("represents")
            .Description("For a person: whom they speak for, and in what role.").With(Args.AsOf).With(Args.IncludeRetracted)
            .Resolve().WithService<RolesOfPersonLoader>().Resolve(ResolveRepresents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("representedBy")
            .Description("For a state or organization: the people who speak for it.").With(Args.AsOf).With(Args.IncludeRetracted)
            .Resolve().WithService<RolesRepresentingLoader>().Resolve(ResolveRepresentedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractionType>>>>("mentions")
            .Description("Where the extractor found the actor named in reports, by source and offset: the first ones.")
            .With(Args.HowMany)
            .Resolve().WithService<ExtractionsOfLoader>().Resolve(ResolveMentions);
        this.AddProvenanceFields(a => a.Id);
    }

    /// <summary>The day and whether retracted facts are wanted: what the dated lists of an actor are asked with.</summary>
    private static (DateOnly? AsOf, bool Retracted) Holding(IResolveFieldContext c) => (c.Get(Args.AsOf), c.Get(Args.IncludeRetracted));

    // With 'where', the positions as filters read them (ballots included, retracted ones never); the other arguments would
    // say the same twice, or contradict it, so they are refused beside it.
    private static IDataLoaderResult<IReadOnlyList<Position>> ResolvePositions(IResolveFieldContext<Actor> c, PositionsOfActorLoader positions,
        PositionsMatchingLoader matching)
    {
        if (DraftWhereInput.Position(c.Get(Args.PositionListWhere), Args.PositionListWhere.Name) is not { } where)
            return positions.Load(c.Source.Id, (c.Get(Args.Stance), c.Get(Args.AsOf), c.Get(Args.IncludeRetracted))).OrEmpty();
        if (c.Get(Args.Stance) is not null || c.Get(Args.AsOf) is not null || c.Get(Args.IncludeRetracted))
            throw new GraphException(ErrorCodes.BadUserInput, "'stance', 'asOf' and 'includeRetracted' cannot be combined with 'where': use where: { stance: ..., asOf: ... }.");
        return matching.Load(c.Source.Id, new(where)).OrEmpty();
    }

    private static IDataLoaderResult<PositionAggregate> ResolvePositionsAggregate(IResolveFieldContext<Actor> c, PositionAggregateLoader counts) =>
        counts.Load(c.Source.Id, new(DraftWhereInput.Position(c.Get(Args.PositionWhere), Args.PositionWhere.Name))).Then(n => n ?? PositionAggregate.None);

    private static IDataLoaderResult<Page<Statement>?> ResolveStatements(IResolveFieldContext<Actor> c, StatementsOfSpeakerLoader statements) =>
        statements.Load(c.Source.Id, (
            new StatementFilter(null, c.Get(Args.About), c.Get(Args.From), c.Get(Args.To), c.Get(Args.Search), c.Get(Args.IncludeRetracted)),
            PageRequest.Of(c.Get(Args.First), c.Get(Args.After))));

    private static IDataLoaderResult<IReadOnlyList<Ballot>> ResolveBallots(IResolveFieldContext<Actor> c, BallotsOfActorLoader ballots) =>
        ballots.Load(c.Source.Id, c.Get(Args.AsOf)).OrEmpty();

    private static IDataLoaderResult<IReadOnlyList<Membership>> ResolveMemberships(IResolveFieldContext<Actor> c, MembershipsOfActorLoader memberships) =>
        memberships.Load(c.Source.Id, Holding(c)).OrEmpty();

    private static IDataLoaderResult<IReadOnlyList<Role>> ResolveRepresents(IResolveFieldContext<Actor> c, RolesOfPersonLoader roles) =>
        roles.Load(c.Source.Id, Holding(c)).OrEmpty();

    private static IDataLoaderResult<IReadOnlyList<Role>> ResolveRepresentedBy(IResolveFieldContext<Actor> c, RolesRepresentingLoader roles) =>
        roles.Load(c.Source.Id, Holding(c)).OrEmpty();

    private static IDataLoaderResult<List<Extraction>> ResolveMentions(IResolveFieldContext<Actor> c, ExtractionsOfLoader extractions)
    {
        var first = PageRequest.Of(c.Get(Args.HowMany), null).First; // the same bounds as every page
        return extractions.Load(c.Source.Id).Then(found => (found ?? []).Take(first).ToList());
    }
}

public sealed class ActorConnectionType() : ConnectionType<ActorType, Actor>("Actor");
