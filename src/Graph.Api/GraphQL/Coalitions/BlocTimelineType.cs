using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

public sealed class BlocTimelineType : ObjectGraphType<BlocTimeline>
{
    public BlocTimelineType()
    {
        Name = "BlocTimeline";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocSnapshotType>>>>("snapshots").Resolve(c => c.Source.Snapshots);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocMoveType>>>>("moves").Resolve(c => c.Source.Moves);
    }
}

public sealed class BlocSnapshotType : ObjectGraphType<BlocSnapshot>
{
    public BlocSnapshotType()
    {
        Name = "BlocSnapshot";
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocType>>>>("blocs").Resolve(c => c.Source.Blocs);
        this.AddBlocColoursField(s => s.Blocs);
    }
}

public sealed class BlocMoveType : ObjectGraphType<BlocMove>
{
    public BlocMoveType()
    {
        Name = "BlocMove";
        Description = "An actor whose bloc changed on a day; fromBloc null means it entered, toBloc null that it left.";
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ActorType>>("actor").Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        Field<IdGraphType>("fromBloc").Resolve(c => c.Source.FromBlocId);
        Field<IdGraphType>("toBloc").Resolve(c => c.Source.ToBlocId);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<BlocMove> c, ActorLoader actors) => actors.Load(c.Source.ActorId);
}
