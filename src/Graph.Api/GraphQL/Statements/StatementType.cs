namespace Graph.Api.GraphQL;

public sealed class StatementType : ObjectGraphType<Statement>
{
    public StatementType()
    {
        Name = "Statement";
        Description = "What an actor said (QUOTE: their words) or was reported to say (PARAPHRASE), and the report it came from.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Statement;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("speaker").Resolve().WithService<ActorLoader>().Resolve(ResolveSpeaker);
        Field<DateScalar>("date").Description("When it was said, where the report tells.").Resolve(c => c.Source.Date);
        Field<DateScalar>("reportedOn").Description("The date of the report.").Resolve(c => c.Source.ReportedOn);
        Field<NonNullGraphType<GraphEnum<StatementKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<StringGraphType>("setting").Description("Where or how it was said (a news conference, a speech).").Resolve(c => c.Source.Setting);
        Field<NonNullGraphType<SourceType>>("source").Resolve().WithService<SourceLoader>().Resolve(ResolveSource);
        Field<ActorType>("via").Description("The agency the report quotes it through.").Resolve().WithService<ActorLoader>().Resolve(ResolveVia);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("about").Resolve().WithService<NodeLoader>().Resolve(ResolveAbout);
        this.AddRetractionField(s => s.Id);
        this.AddProvenanceFields(s => s.Id);
    }

    private static IDataLoaderResult<Actor?> ResolveSpeaker(IResolveFieldContext<Statement> c, ActorLoader actors) => actors.Load(c.Source.SpeakerId);

    private static IDataLoaderResult<Source?> ResolveSource(IResolveFieldContext<Statement> c, SourceLoader sources) => sources.Load(c.Source.SourceId);

    private static IDataLoaderResult<Actor?>? ResolveVia(IResolveFieldContext<Statement> c, ActorLoader actors) =>
        c.Source.ViaId is { } id ? actors.Load(id) : null;

    private static IDataLoaderResult<IReadOnlyList<object>> ResolveAbout(IResolveFieldContext<Statement> c, NodeLoader nodes) => nodes.LoadMany(c.Source.AboutIds);
}

public sealed class StatementConnectionType() : ConnectionType<StatementType, Statement>("Statement");
