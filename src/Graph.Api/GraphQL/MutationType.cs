namespace Graph.Api.GraphQL;

/// <summary>
/// Curation, by feature. Each mutation is checked whole by the core and written in one transaction, or not at all.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddActorMutations();
        this.AddDraftMutations();
        this.AddAllianceMutations();
        this.AddStatementMutations();
        this.AddStanceMutations();
        this.AddMembershipMutations();
        this.AddRetractionMutations();
        this.AddIngestMutations();
    }
}
