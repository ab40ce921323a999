namespace Graph.Api.GraphQL;

// Input types parse into dictionaries; the mutations map them to the core's records, so the core
// alone decides what is valid and says what is wrong.

public sealed class ActorInputType : InputObjectGraphType
{
    public ActorInputType()
    {
        Name = "ActorInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A lowercase slug, unique across the graph.");
        Field<NonNullGraphType<GraphEnum<ActorKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases");
        Field<StringGraphType>("description");
    }
}
