namespace Graph.Api.GraphQL;

// Input types parse into dictionaries; the mutations map them to the core's records, so the core
// alone decides what is valid and says what is wrong.

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
