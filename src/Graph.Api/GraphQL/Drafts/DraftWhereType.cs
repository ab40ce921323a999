namespace Graph.Api.GraphQL;

/// <summary>The filter of <c>drafts(where:)</c>, in the Neo4j GraphQL library's shape: operators as suffixes, AND / OR / NOT, relationship filters.</summary>
public sealed class DraftWhereType : InputObjectGraphType
{
    public DraftWhereType()
    {
        Name = "DraftWhere";
        Description = "Which drafts to keep: every field given must hold. A comparison with a missing value (no forum, no date) does not hold.";
        Field<IdGraphType>("id");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("id_IN");
        Field<GraphEnum<DraftKind>>("kind");
        Field<ListGraphType<NonNullGraphType<GraphEnum<DraftKind>>>>("kind_IN");
        Field<IdGraphType>("forum");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("forum_IN");
        Field<IdGraphType>("subject").Description("The actor the draft is about.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("subject_IN");
        Field<StringGraphType>("title");
        Field<StringGraphType>("title_CONTAINS").Description("Case-sensitive.");
        Field<DateScalar>("tabled_GTE").Description("Tabled on or after: the draft's earliest dated status change.");
        Field<DateScalar>("tabled_LTE").Description("Tabled on or before.");
        Field<ListGraphType<NonNullGraphType<DraftWhereType>>>("AND").Description("Every one holds (an empty list always).");
        Field<ListGraphType<NonNullGraphType<DraftWhereType>>>("OR").Description("At least one holds (an empty list never).");
        Field<DraftWhereType>("NOT");
        const string positions = "of the draft's positions (not retracted) and ballots (a ballot as the side it takes, from its vote's day)";
        Field<PositionWhereType>("positions_SOME").Description($"At least one {positions} matches.");
        Field<PositionWhereType>("positions_ALL").Description($"Every one {positions} matches (so does a draft with none).");
        Field<PositionWhereType>("positions_NONE").Description($"None {positions} matches.");
        Field<PositionsAggregateWhereType>("positionsAggregate").Description($"How many {positions} match.");
        Field<DraftWhereType>("alternatives_SOME").Description("At least one of the draft's alternatives (ALTERNATIVE_TO, either way round) matches.");
        Field<DraftStatusWhereType>("history_SOME").Description("At least one status change matches.");
        Field<DraftStatusWhereType>("history_NONE").Description("No status change matches.");
    }
}
