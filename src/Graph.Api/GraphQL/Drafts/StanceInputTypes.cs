namespace Graph.Api.GraphQL;

// Input types parse into dictionaries; the mutations map them to the core's records, so the core
// alone decides what is valid and says what is wrong.

public sealed class PositionInputType : InputObjectGraphType
{
    public PositionInputType()
    {
        Name = "PositionInput";
        Field<IdGraphType>("id").Description("Generated when not given.");
        Field<NonNullGraphType<IdGraphType>>("actorId");
        Field<NonNullGraphType<IdGraphType>>("draftId");
        Field<NonNullGraphType<GraphEnum<Stance>>>("stance");
        Field<DateScalar>("since");
        Field<DateScalar>("until").Description("The first day it no longer holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceInputType>>>>("evidence");
    }
}

public sealed class VoteInputType : InputObjectGraphType
{
    public VoteInputType()
    {
        Name = "VoteInput";
        Field<IdGraphType>("id").Description("Generated when not given.");
        Field<NonNullGraphType<IdGraphType>>("draftId");
        Field<DateScalar>("date");
        Field<NonNullGraphType<GraphEnum<VoteResult>>>("result");
        Field<IntGraphType>("yes").Description("Votes in favour, where the record gives them.");
        Field<IntGraphType>("no");
        Field<IntGraphType>("abstain");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceInputType>>>>("evidence");
    }
}

public sealed class BallotInputType : InputObjectGraphType
{
    public BallotInputType()
    {
        Name = "BallotInput";
        Field<IdGraphType>("id").Description("Generated when not given.");
        Field<NonNullGraphType<IdGraphType>>("voteId");
        Field<NonNullGraphType<IdGraphType>>("actorId");
        Field<NonNullGraphType<GraphEnum<BallotChoice>>>("choice");
        Field<BooleanGraphType>("isVeto").Description("A NO that blocked the draft on its own; false unless given.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceInputType>>>>("evidence");
    }
}
