namespace Graph.Api.GraphQL;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A report (or, for standing facts, a public reference) that facts come from.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Source;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<SourceKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<ActorType>("outlet").Resolve().WithService<ActorLoader>().Resolve(ResolveOutlet);
        Field<DateScalar>("date").Resolve(c => c.Source.Date);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("document").Description("Where the report's text is kept, relative to the shared folder.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractionType>>>>("extractions")
            .Description("What the extractor read in this report, by offset.").With(Args.IncludeRetracted)
            .Resolve().WithService<ExtractionsFromLoader>().Resolve(ResolveExtractions);
    }

    private static IDataLoaderResult<Actor?>? ResolveOutlet(IResolveFieldContext<Source> c, ActorLoader actors) =>
        c.Source.OutletId is { } id ? actors.Load(id) : null;

    private static IDataLoaderResult<IReadOnlyList<Extraction>> ResolveExtractions(IResolveFieldContext<Source> c, ExtractionsFromLoader extractions) =>
        extractions.Load(c.Source.Id, c.Get(Args.IncludeRetracted)).OrEmpty();
}

public sealed class SourceConnectionType() : ConnectionType<SourceType, Source>("Source");
