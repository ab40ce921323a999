namespace Graph.Api.GraphQL;

public sealed class PositionType : ObjectGraphType<Position>
{
    public PositionType()
    {
        Name = "Position";
        Description = "An actor's stance on a draft, from since until until (the first day it no longer holds), on the evidence given.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("actor").Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        Field<NonNullGraphType<DraftType>>("draft").Resolve().WithService<DraftLoader>().Resolve(ResolveDraft);
        Field<NonNullGraphType<GraphEnum<Stance>>>("stance").Resolve(c => c.Source.Stance);
        this.AddDatedFields();
        const string same = "The same actor's positions that count (ballots included, as the sides they take) on the same draft, matching 'where'";
        const string dated = "both dated: an undated position has none, and two begun on one day are in no order";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("earlier").Description($"{same}, begun on an earlier day ({dated}).")
            .With(Args.SamePositionWhere).Resolve().WithService<SameDraftPositionsLoader>().Resolve(ResolveEarlier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("later").Description($"{same}, begun on a later day ({dated}).")
            .With(Args.SamePositionWhere).Resolve().WithService<SameDraftPositionsLoader>().Resolve(ResolveLater);
        this.AddProvenanceFields(f => f.Id);
    }

    private static object? ResolveActor(IResolveFieldContext<Position> c, ActorLoader actors) => actors.LoadedOrLoad(c.Source.ActorId);

    private static IDataLoaderResult<IReadOnlyList<Position>> ResolveEarlier(IResolveFieldContext<Position> c, SameDraftPositionsLoader positions) =>
        SameDraft(c, positions, q => PositionFilters.Precedes(q, c.Source));

    private static IDataLoaderResult<IReadOnlyList<Position>> ResolveLater(IResolveFieldContext<Position> c, SameDraftPositionsLoader positions) =>
        SameDraft(c, positions, q => PositionFilters.Precedes(c.Source, q));

    private static IDataLoaderResult<IReadOnlyList<Position>> SameDraft(IResolveFieldContext<Position> c, SameDraftPositionsLoader positions,
        Func<Position, bool> inOrder) =>
        positions.Load(SameDraftPositionsLoader.Key(c.Source), new(DraftWhereInput.Position(c.Get(Args.SamePositionWhere), Args.SamePositionWhere.Name)))
            .Then(found => (IReadOnlyList<Position>)(found ?? []).Where(inOrder).ToList());

    private static IDataLoaderResult<Draft?> ResolveDraft(IResolveFieldContext<Position> c, DraftLoader drafts) => drafts.Load(c.Source.DraftId);
}
