namespace Graph.Api.GraphQL;

/// <summary>Curating actors.</summary>
internal static class ActorMutations
{
    public static void AddActorMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ActorType>>("createActor").With(Args.Input<ActorInputType>())
            .Resolve().WithService<CurationService>().ResolveAsync(CreateActorAsync);
        mutation.Field<NonNullGraphType<ActorType>>("updateActor").With(Args.Input<ActorInputType>())
            .Resolve().WithServices<CurationService, ReportIngestion>().ResolveAsync(UpdateActorAsync);
    }

    private static async Task<object?> CreateActorAsync(IResolveFieldContext<object?> c, CurationService curation) =>
        await curation.CreateActorAsync(ActorFrom(InputMap.Of(c)), c.CancellationToken);

    private static async Task<object?> UpdateActorAsync(IResolveFieldContext<object?> c, CurationService curation, ReportIngestion ingestion)
    {
        var actor = await curation.UpdateActorAsync(ActorFrom(InputMap.Of(c)), c.CancellationToken);
        // A new name or alias must be known to the next report read (new actors are noticed by their number).
        ingestion.ActorsChanged();
        return actor;
    }

    private static Actor ActorFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<ActorKind>("kind"), i.Str("name")!, i.Strings("aliases"), i.Str("description"));
}
