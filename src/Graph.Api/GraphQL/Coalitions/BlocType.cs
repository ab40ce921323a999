using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

public sealed class BlocType : ObjectGraphType<Bloc>
{
    public BlocType()
    {
        Name = "Bloc";
        Description = "A group of actors found on the alignment graph (signed Louvain), named after its anchor: the member most aligned with the rest.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<ActorType>>("anchor").Resolve().WithService<ActorLoader>().Resolve(ResolveAnchor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("members").Description("Most aligned first.")
            .Resolve().WithService<ActorLoader>().Resolve(ResolveMembers);
    }

    private static IDataLoaderResult<Actor?> ResolveAnchor(IResolveFieldContext<Bloc> c, ActorLoader actors) => actors.Load(c.Source.AnchorId);

    private static IDataLoaderResult<IReadOnlyList<Actor>> ResolveMembers(IResolveFieldContext<Bloc> c, ActorLoader actors) => actors.LoadMany(c.Source.Members);
}

public sealed class BlocColourType : ObjectGraphType<KeyValuePair<string, string>>
{
    public BlocColourType()
    {
        Name = "BlocColour";
        Description = "A bloc's colour: the n-th bloc listed takes the n-th colour of one fixed palette.";
        Field<NonNullGraphType<IdGraphType>>("bloc").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("colour").Description("#rrggbb").Resolve(c => c.Source.Value);
    }
}

internal static class BlocColourFields
{
    /// <summary>The colours of a result's blocs, by <see cref="BlocPalette"/>: on every type that lists blocs.</summary>
    public static void AddBlocColoursField<T>(this ObjectGraphType<T> type, Func<T, IReadOnlyList<Bloc>> blocs) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlocColourType>>>>("blocColours")
            .Description("Each bloc's colour, the same in the map, the exports and the notebook.").Resolve(c => BlocPalette.Assign(blocs(c.Source)));
}
