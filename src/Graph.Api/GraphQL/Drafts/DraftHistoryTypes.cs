namespace Graph.Api.GraphQL;

public sealed class DraftStatusChangeType : ObjectGraphType<DraftStatusChange>
{
    public DraftStatusChangeType()
    {
        Name = "DraftStatusChange";
        Field<NonNullGraphType<GraphEnum<DraftStatus>>>("status").Resolve(c => c.Source.Status);
        Field<DateScalar>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<EvidenceType>>("evidence").Resolve(c => c.Source.Evidence);
    }
}

public sealed class DraftRelationType : ObjectGraphType<DraftRelation>
{
    public DraftRelationType()
    {
        Name = "DraftRelation";
        Description = "from REVISES to, or from is an ALTERNATIVE_TO to.";
        Field<NonNullGraphType<DraftType>>("from").Resolve().WithService<DraftLoader>().Resolve(ResolveFrom);
        Field<NonNullGraphType<GraphEnum<DraftRelationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DraftType>>("to").Resolve().WithService<DraftLoader>().Resolve(ResolveTo);
        Field<NonNullGraphType<EvidenceType>>("evidence").Resolve(c => c.Source.Evidence);
    }

    private static IDataLoaderResult<Draft?> ResolveFrom(IResolveFieldContext<DraftRelation> c, DraftLoader drafts) => drafts.Load(c.Source.FromId);

    private static IDataLoaderResult<Draft?> ResolveTo(IResolveFieldContext<DraftRelation> c, DraftLoader drafts) => drafts.Load(c.Source.ToId);
}
