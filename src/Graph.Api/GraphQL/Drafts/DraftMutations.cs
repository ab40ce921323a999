namespace Graph.Api.GraphQL;

/// <summary>Curating drafts: the drafts themselves, their status and how they relate.</summary>
internal static class DraftMutations
{
    public static void AddDraftMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DraftType>>("createDraft").With(Args.Input<DraftInputType>())
            .Resolve().WithService<CurationService>().ResolveAsync(CreateDraftAsync);
        mutation.Field<NonNullGraphType<DraftType>>("updateDraft").With(Args.Input<DraftInputType>())
            .Resolve().WithService<CurationService>().ResolveAsync(UpdateDraftAsync);
        mutation.Field<NonNullGraphType<DraftType>>("recordDraftStatus").With(Args.Input<DraftStatusInputType>())
            .Resolve().WithServices<CurationService, DraftLoader>().ResolveAsync(RecordDraftStatusAsync);
        mutation.Field<NonNullGraphType<DraftType>>("relateDrafts").With(Args.Input<DraftRelationInputType>())
            .Description("Records that one draft revises, or is an alternative to, another; returns the 'from' draft.")
            .Resolve().WithServices<CurationService, DraftLoader>().ResolveAsync(RelateDraftsAsync);
    }

    private static async Task<object?> CreateDraftAsync(IResolveFieldContext<object?> c, CurationService curation) =>
        await curation.CreateDraftAsync(DraftFrom(InputMap.Of(c)), c.CancellationToken);

    private static async Task<object?> UpdateDraftAsync(IResolveFieldContext<object?> c, CurationService curation) =>
        await curation.UpdateDraftAsync(DraftFrom(InputMap.Of(c)), c.CancellationToken);

    private static async Task<object?> RecordDraftStatusAsync(IResolveFieldContext<object?> c, CurationService curation, DraftLoader drafts)
    {
        var i = InputMap.Of(c);
        var change = await curation.RecordDraftStatusAsync(new DraftStatusChange(i.Str("draftId")!, i.Enum<DraftStatus>("status"),
            i.Date("date"), StatementMutations.EvidenceFrom(i.Dict("evidence")!)), c.CancellationToken);
        return drafts.Load(change.DraftId);
    }

    private static async Task<object?> RelateDraftsAsync(IResolveFieldContext<object?> c, CurationService curation, DraftLoader drafts)
    {
        var i = InputMap.Of(c);
        var relation = await curation.RelateDraftsAsync(new DraftRelation(i.Str("fromId")!, i.Enum<DraftRelationKind>("kind"),
            i.Str("toId")!, StatementMutations.EvidenceFrom(i.Dict("evidence")!)), c.CancellationToken);
        return drafts.Load(relation.FromId);
    }

    private static Draft DraftFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<DraftKind>("kind"), i.Str("title")!, i.Str("forumId"), i.Str("description")) { SubjectId = i.Str("subjectId") };
}
