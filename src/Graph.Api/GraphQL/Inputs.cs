using Graph.Core;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

// Input types parse into dictionaries; MutationType maps them to the core's records, so the core
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

public sealed class SourceInputType : InputObjectGraphType
{
    public SourceInputType()
    {
        Name = "SourceInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<GraphEnum<SourceKind>>("kind").Description("REPORT unless given.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<IdGraphType>("outletId");
        Field<DateScalar>("date");
        Field<StringGraphType>("url");
    }
}

public sealed class EvidenceInputType : InputObjectGraphType
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Field<NonNullGraphType<IdGraphType>>("sourceId");
        Field<IdGraphType>("statementId");
        Field<StringGraphType>("excerpt").Description("A short quote from the source.");
    }
}

public sealed class StatementInputType : InputObjectGraphType
{
    public StatementInputType()
    {
        Name = "StatementInput";
        Description = "Give sourceId for a source already recorded, or source to record a new one with the statement.";
        Field<IdGraphType>("id").Description("Generated when not given.");
        Field<NonNullGraphType<IdGraphType>>("speakerId");
        Field<DateScalar>("date").Description("When it was said, if the report tells.");
        Field<NonNullGraphType<GraphEnum<StatementKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<IdGraphType>("sourceId");
        Field<SourceInputType>("source");
        Field<IdGraphType>("viaId").Description("The agency the report quotes it through.");
        Field<StringGraphType>("setting");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("aboutIds");
    }
}

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
