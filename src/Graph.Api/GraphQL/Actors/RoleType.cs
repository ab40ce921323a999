namespace Graph.Api.GraphQL;

public sealed class RoleType : ObjectGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A person speaking for a state or organization in a role (Taro Aso, Foreign Minister of Japan).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("person").Resolve().WithService<ActorLoader>().Resolve(ResolvePerson);
        Field<NonNullGraphType<ActorType>>("represents").Resolve().WithService<ActorLoader>().Resolve(ResolveRepresents);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        this.AddDatedFields();
        this.AddProvenanceFields(f => f.Id);
    }

    private static IDataLoaderResult<Actor?> ResolvePerson(IResolveFieldContext<Role> c, ActorLoader actors) => actors.Load(c.Source.PersonId);

    private static IDataLoaderResult<Actor?> ResolveRepresents(IResolveFieldContext<Role> c, ActorLoader actors) => actors.Load(c.Source.RepresentsId);
}
