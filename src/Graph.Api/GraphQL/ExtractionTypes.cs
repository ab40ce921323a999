using Graph.Core;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class ExtractionType : ObjectGraphType<Extraction>
{
    public ExtractionType()
    {
        Name = "Extraction";
        Description = "Where the extractor read a node or fact: a span of a report's text (UTF-16 offsets into the text as read), the rule that matched and how sure it was.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The node or the position, membership or role read.").Resolve(c => c.Source.SubjectId);
        Field<NodeInterface>("subject").Description("The node read; null when the subject is a position, membership or role.")
            .Resolve(c => c.Loaders().Node(c.Source.SubjectId));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Loaders().Source(c.Source.SourceId));
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<IntGraphType>>("end").Description("start + length: the first offset after the span.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text of the span.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("From 0 to 1.").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The extractor's rule that matched.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<BooleanGraphType>>("created")
            .Description("Whether this extraction created the subject (false when it only found it mentioned or confirmed it).").Resolve(c => c.Source.Created);
    }
}

internal static class ProvenanceFields
{
    /// <summary>
    /// provenance and origin of a node or fact. Both read the extractions of the subject through one loader,
    /// so asking for both, on every item of a level, is one store call.
    /// </summary>
    public static void AddProvenanceFields<T>(this ObjectGraphType<T> type, Func<T, string> id)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractionType>>>>("provenance")
            .Description("Where the extractor read this, by source and offset; empty when it was only curated.")
            .Resolve(c => c.Loaders().ExtractionsOf(id(c.Source)).OrEmpty());
        type.Field<NonNullGraphType<GraphEnum<Origin>>>("origin")
            .Description("EXTRACTED when an extraction created it; CURATED when people entered it, even if the extractor found it since.")
            .Resolve(c => c.Loaders().ExtractionsOf(id(c.Source)).Then(found => (found ?? []).Any(x => x.Created) ? Origin.Extracted : Origin.Curated));
    }
}
