namespace Graph.Api.GraphQL;

/// <summary>Counts over a draft's positions, as <c>positionsAggregate(where:)</c> asked them.</summary>
public sealed class PositionsAggregateType : ObjectGraphType<int>
{
    public PositionsAggregateType()
    {
        Name = "PositionsAggregate";
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many positions (ballots as sides included) match.").Resolve(c => c.Source);
    }
}
