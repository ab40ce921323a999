namespace Graph.Api.GraphQL;

/// <summary>The reads, by feature: each feature's folder holds its root fields and their resolvers.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeQuery();
        this.AddActorQueries();
        this.AddDraftQueries();
        this.AddAllianceQueries();
        this.AddStatementQueries();
        this.AddPathQuery();
        this.AddCoalitionQueries();
    }
}
