using GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services) : base(services)
    {
        Description = "Graph: who said what, who backs or opposes which draft, and which actors move together, each fact with its evidence.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        // Types reached only through the Node interface must be registered explicitly.
        RegisterType(typeof(ActorType));
        RegisterType(typeof(DraftType));
        RegisterType(typeof(AllianceType));
        RegisterType(typeof(StatementType));
        RegisterType(typeof(SourceType));
    }
}
