namespace Graph.Api.GraphQL;

/// <summary>The filter of <c>actors(where:)</c>, in the shape of <see cref="DraftWhereType"/>.</summary>
public sealed class ActorWhereType : InputObjectGraphType
{
    public ActorWhereType()
    {
        Name = "ActorWhere";
        Description = "Which actors to keep: every field given must hold.";
        Field<IdGraphType>("id");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("id_IN");
        Field<GraphEnum<ActorKind>>("kind");
        Field<ListGraphType<NonNullGraphType<GraphEnum<ActorKind>>>>("kind_IN");
        Field<StringGraphType>("name");
        Field<StringGraphType>("name_CONTAINS").Description("Case-sensitive; the name only (actors(search:) also reads aliases).");
        Field<IdGraphType>("memberOf").Description("A member of this alliance (permanent-five) at any time: a membership not retracted, whatever its dates.");
        Field<ListGraphType<NonNullGraphType<ActorWhereType>>>("AND").Description("Every one holds (an empty list always).");
        Field<ListGraphType<NonNullGraphType<ActorWhereType>>>("OR").Description("At least one holds (an empty list never).");
        Field<ActorWhereType>("NOT");
        const string positions = "of the actor's positions (not retracted) and ballots (a ballot as the side it takes, from its vote's day)";
        Field<PositionWhereType>("positions_SOME").Description($"At least one {positions} matches.");
        Field<PositionWhereType>("positions_ALL").Description($"Every one {positions} matches (so does an actor with none).");
        Field<PositionWhereType>("positions_NONE").Description($"None {positions} matches.");
        Field<PositionsAggregateWhereType>("positionsAggregate").Description($"How many {positions} match.");
    }
}
