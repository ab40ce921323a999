namespace Graph.Api.GraphQL;

public sealed class RetractionType : ObjectGraphType<Retraction>
{
    public RetractionType()
    {
        Name = "Retraction";
        Description = "A curator withdrew a fact or statement: it is kept, but left out of every list, search, count and view unless asked for.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The fact or statement retracted.").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("by").Description("Who, as they named themselves, and how they were let in (an API key; never the key).")
            .Resolve(c => c.Source.By);
        Field<NonNullGraphType<StringGraphType>>("at").Description("When, in UTC (ISO 8601, to the second).").Resolve(c => DateParsing.FormatInstant(c.Source.At));
    }
}
