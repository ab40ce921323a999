namespace Graph.Api.GraphQL;

/// <summary>Curating sources and what was said in them; and the evidence every curated fact gives.</summary>
internal static class StatementMutations
{
    public static void AddStatementMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SourceType>>("createSource").With(Args.Input<SourceInputType>())
            .Resolve().WithService<CurationService>().ResolveAsync(CreateSourceAsync);
        mutation.Field<NonNullGraphType<StatementType>>("recordStatement").With(Args.Input<StatementInputType>())
            .Resolve().WithServices<CurationService, StatementLoader>().ResolveAsync(RecordStatementAsync);
    }

    private static async Task<object?> CreateSourceAsync(IResolveFieldContext<object?> c, CurationService curation) =>
        await curation.CreateSourceAsync(SourceFrom(InputMap.Of(c)), c.CancellationToken);

    private static async Task<object?> RecordStatementAsync(IResolveFieldContext<object?> c, CurationService curation, StatementLoader statements)
    {
        var i = InputMap.Of(c);
        var id = await curation.RecordStatementAsync(new StatementInput(i.Str("id"), i.Str("speakerId")!, i.Date("date"),
            i.Enum<StatementKind>("kind"), i.Str("text")!, i.Str("sourceId"), i.Dict("source") is { } s ? SourceFrom(s) : null,
            i.Str("viaId"), i.Str("setting"), i.Strings("aboutIds")), c.CancellationToken);
        return statements.Load(id);
    }

    private static Source SourceFrom(InputMap i) =>
        new(i.Str("id")!, i.Has("kind") ? i.Enum<SourceKind>("kind") : SourceKind.Report, i.Str("title")!, i.Str("outletId"), i.Date("date"), i.Str("url"), null);

    public static Evidence EvidenceFrom(InputMap i) => new(i.Str("sourceId")!, i.Str("statementId"), i.Str("excerpt"));

    public static List<Evidence> EvidenceListFrom(InputMap i) => i.Dicts("evidence").Select(EvidenceFrom).ToList();
}
