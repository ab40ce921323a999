namespace Graph.Api.GraphQL;

/// <summary>Counts over an actor's positions, as <c>Actor.positionsAggregate(where:)</c> asked them.</summary>
public sealed class ActorPositionsAggregateType : ObjectGraphType<PositionAggregate>
{
    public ActorPositionsAggregateType()
    {
        Name = "ActorPositionsAggregate";
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many positions (ballots as sides included) match.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<IntGraphType>>("drafts").Description("On how many distinct drafts.").Resolve(c => c.Source.Drafts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionYearCountType>>>>("byYear")
            .Description("The same per year of the position's since, oldest first; the undated positions are one entry of their own, year null, first.")
            .Resolve(c => c.Source.ByYear);
    }
}

public sealed class PositionYearCountType : ObjectGraphType<YearCount>
{
    public PositionYearCountType()
    {
        Name = "PositionYearCount";
        Field<IntGraphType>("year").Description("The year the positions began (null: undated).").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<IntGraphType>>("drafts").Description("Distinct drafts.").Resolve(c => c.Source.Drafts);
    }
}
