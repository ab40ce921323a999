namespace Graph.Api.GraphQL;

// Input types parse into dictionaries; the mutations map them to the core's records, so the core
// alone decides what is valid and says what is wrong.

public sealed class DraftInputType : InputObjectGraphType
{
    public DraftInputType()
    {
        Name = "DraftInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<GraphEnum<DraftKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<IdGraphType>("forumId").Description("The actor (a body such as un-security-council) where it is debated.");
        Field<StringGraphType>("description");
        Field<IdGraphType>("subjectId").Description("The actor the draft is about (north-korea).");
    }
}

public sealed class DraftStatusInputType : InputObjectGraphType
{
    public DraftStatusInputType()
    {
        Name = "DraftStatusInput";
        Field<NonNullGraphType<IdGraphType>>("draftId");
        Field<NonNullGraphType<GraphEnum<DraftStatus>>>("status");
        Field<DateScalar>("date");
        Field<NonNullGraphType<EvidenceInputType>>("evidence");
    }
}

public sealed class DraftRelationInputType : InputObjectGraphType
{
    public DraftRelationInputType()
    {
        Name = "DraftRelationInput";
        Field<NonNullGraphType<IdGraphType>>("fromId");
        Field<NonNullGraphType<GraphEnum<DraftRelationKind>>>("kind");
        Field<NonNullGraphType<IdGraphType>>("toId");
        Field<NonNullGraphType<EvidenceInputType>>("evidence");
    }
}
