namespace Graph.Api.GraphQL;

/// <summary>The filter of <c>statements(where:)</c>, in the Neo4j GraphQL library's shape: operators as suffixes, AND / OR / NOT.</summary>
public sealed class StatementWhereType : InputObjectGraphType
{
    public StatementWhereType()
    {
        Name = "StatementWhere";
        Description = "Which statements to keep: every field given must hold. Dates are the date said, else the date reported; " +
            "a comparison with a missing date does not hold.";
        Field<IdGraphType>("id");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("id_IN");
        Field<GraphEnum<StatementKind>>("kind");
        Field<ListGraphType<NonNullGraphType<GraphEnum<StatementKind>>>>("kind_IN");
        Field<IdGraphType>("speaker");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("speaker_IN");
        Field<GraphEnum<ActorKind>>("speakerKind");
        Field<ListGraphType<NonNullGraphType<GraphEnum<ActorKind>>>>("speakerKind_IN");
        Field<IdGraphType>("speakerRepresents")
            .Description("The speaker is this actor (china), or held a role representing it (not retracted) on the statement's date.");
        Field<IdGraphType>("speakerMemberOf").Description("The speaker is a member of this alliance (permanent-five) on the statement's date.");
        Field<IdGraphType>("about").Description("One of the nodes the statement is about.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("about_IN");
        Field<IdGraphType>("source");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("source_IN");
        Field<DateScalar>("date_GTE").Description("On or after (the date said, else reported).");
        Field<DateScalar>("date_LTE").Description("On or before.");
        Field<StringGraphType>("text_CONTAINS").Description("Case-sensitive.");
        Field<ListGraphType<NonNullGraphType<StatementWhereType>>>("AND").Description("Every one holds (an empty list always).");
        Field<ListGraphType<NonNullGraphType<StatementWhereType>>>("OR").Description("At least one holds (an empty list never).");
        Field<StatementWhereType>("NOT");
    }
}
