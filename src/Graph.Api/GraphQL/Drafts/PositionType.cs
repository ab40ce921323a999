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
        this.AddProvenanceFields(f => f.Id);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<Position> c, ActorLoader actors) => actors.Load(c.Source.ActorId);

    private static IDataLoaderResult<Draft?> ResolveDraft(IResolveFieldContext<Position> c, DraftLoader drafts) => drafts.Load(c.Source.DraftId);
}
