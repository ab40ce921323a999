namespace Graph.Api.GraphQL;

public sealed class ExtractionType : ObjectGraphType<Extraction>
{
    public ExtractionType()
    {
        Name = "Extraction";
        Description = "Where the extractor read a node or fact: a span of a report's text (UTF-16 offsets into the text as read), the rule that matched and how sure it was.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The node or the position, membership or role read.").Resolve(c => c.Source.SubjectId);
        Field<NodeInterface>("subject").Description("The node read; null when the subject is a position, membership or role.")
            .Resolve().WithService<NodeLoader>().Resolve(ResolveSubject);
        Field<NonNullGraphType<SourceType>>("source").Resolve().WithService<SourceLoader>().Resolve(ResolveSource);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<IntGraphType>>("end").Description("start + length: the first offset after the span.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text of the span.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("From 0 to 1.").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The extractor's rule that matched.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<BooleanGraphType>>("created")
            .Description("Whether this extraction created the subject (false when it only found it mentioned or confirmed it).").Resolve(c => c.Source.Created);
    }

    private static IDataLoaderResult<object?> ResolveSubject(IResolveFieldContext<Extraction> c, NodeLoader nodes) => nodes.Load(c.Source.SubjectId);

    private static IDataLoaderResult<Source?> ResolveSource(IResolveFieldContext<Extraction> c, SourceLoader sources) => sources.Load(c.Source.SourceId);
}
