namespace Graph.Api.GraphQL;

public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "Graph: who said what, who backs or opposes which draft, and which actors move together, each fact with its evidence.";
        Query = query;
        Mutation = mutation;
        NameConverter = new FilterNameConverter();
        // Types reached only through the Node interface must be registered explicitly.
        RegisterType(typeof(ActorType));
        RegisterType(typeof(DraftType));
        RegisterType(typeof(AllianceType));
        RegisterType(typeof(StatementType));
        RegisterType(typeof(SourceType));
    }
}
