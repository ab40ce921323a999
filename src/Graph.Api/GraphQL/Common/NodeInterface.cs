namespace Graph.Api.GraphQL;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the graph with a stable, human-readable id (a lowercase slug such as 'japan').";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
