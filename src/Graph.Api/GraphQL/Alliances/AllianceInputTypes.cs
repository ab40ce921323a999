namespace Graph.Api.GraphQL;

// Input types parse into dictionaries; the mutations map them to the core's records, so the core
// alone decides what is valid and says what is wrong.

public sealed class AllianceInputType : InputObjectGraphType
{
    public AllianceInputType()
    {
        Name = "AllianceInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<GraphEnum<AllianceKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<IdGraphType>("bodyId").Description("For a body membership: the organization (an actor) whose members these are.");
    }
}

public sealed class MembershipInputType : InputObjectGraphType
{
    public MembershipInputType()
    {
        Name = "MembershipInput";
        Field<IdGraphType>("id").Description("Generated when not given.");
        Field<NonNullGraphType<IdGraphType>>("actorId");
        Field<NonNullGraphType<IdGraphType>>("allianceId");
        Field<DateScalar>("since");
        Field<DateScalar>("until").Description("The first day it no longer holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceInputType>>>>("evidence");
    }
}
