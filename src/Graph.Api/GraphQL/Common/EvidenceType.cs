namespace Graph.Api.GraphQL;

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Why a fact is believed: the source, the statement in it if any, and a short excerpt.";
        Field<NonNullGraphType<SourceType>>("source").Resolve().WithService<SourceLoader>().Resolve(ResolveSource);
        Field<StatementType>("statement").Resolve().WithService<StatementLoader>().Resolve(ResolveStatement);
        Field<StringGraphType>("excerpt").Resolve(c => c.Source.Excerpt);
    }

    private static IDataLoaderResult<Source?> ResolveSource(IResolveFieldContext<Evidence> c, SourceLoader sources) => sources.Load(c.Source.SourceId);

    private static IDataLoaderResult<Statement?>? ResolveStatement(IResolveFieldContext<Evidence> c, StatementLoader statements) =>
        c.Source.StatementId is { } id ? statements.Load(id) : null;
}
