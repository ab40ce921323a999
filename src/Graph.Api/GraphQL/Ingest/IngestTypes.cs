using Graph.Ingest;

namespace Graph.Api.GraphQL;

public sealed class ReportInputType : InputObjectGraphType
{
    public ReportInputType()
    {
        Name = "ReportInput";
        Description = "A news report as plain text. A header at the top of the text (lines 'Outlet: ...', 'Title: ...', " +
            "'Date: YYYY-MM-DD', 'URL: ...', then '---') wins over the fields here, which fill only what it does not say.";
        Field<NonNullGraphType<StringGraphType>>("text").Description(
            $"The report, at most {ReportReader.MaxBytes:N0} bytes as UTF-8; but a request body is at most 256 KiB by default " +
            "(Graph:Limits:MaxBodyBytes), so longer reports need that raised, or `graph ingest`. No control characters but tab, line feed, carriage return and form feed.");
        Field<StringGraphType>("outlet").Description("Who published it: an actor's name or alias, else a new media actor of that name.");
        Field<StringGraphType>("title");
        Field<DateScalar>("date").Description("When it was published: relative dates in the text ('on Friday') are read against it.");
        Field<StringGraphType>("url");
    }
}

public sealed class IngestCountType : ObjectGraphType<IngestCount>
{
    public IngestCountType()
    {
        Name = "IngestCount";
        Description = "How many of one kind a report created, and how many it found the graph already held (confirmed, left as they were).";
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("confirmed").Resolve(c => c.Source.Confirmed);
    }
}

public sealed class IngestReportPayloadType : ObjectGraphType<IngestResult>
{
    public IngestReportPayloadType()
    {
        Name = "IngestReportPayload";
        Description = "What reading a report did. Each fact created or confirmed is among the source's extractions, with its span.";
        Field<NonNullGraphType<SourceType>>("source").Description("The report as a source; its id is a hash of the text.")
            .Resolve().WithService<SourceLoader>().Resolve(ResolveSource);
        Field<NonNullGraphType<BooleanGraphType>>("alreadyIngested")
            .Description("True when the graph already held this very text: nothing was added, and the counts are 0.").Resolve(c => c.Source.AlreadyIngested);
        Field<NonNullGraphType<IngestCountType>>("actors").Description("States, organizations and outlets.").Resolve(c => c.Source.Actors);
        Field<NonNullGraphType<IngestCountType>>("people").Description("Persons; a new person comes with its role where the report gives one.")
            .Resolve(c => c.Source.People);
        Field<NonNullGraphType<IngestCountType>>("statements")
            .Description("Quotes and reported speech; confirmed when the graph holds the same statement (same id and text).").Resolve(c => c.Source.Statements);
        Field<NonNullGraphType<IngestCountType>>("drafts").Description("Drafts the report's stances, votes and statements are about (see README, Which draft).").Resolve(c => c.Source.Drafts);
        Field<NonNullGraphType<IngestCountType>>("positions").Description("Stances on drafts.").Resolve(c => c.Source.Positions);
        Field<NonNullGraphType<IngestCountType>>("votes").Description("Votes on drafts the report tells of; confirmed: the graph held that vote.")
            .Resolve(c => c.Source.Votes);
        Field<NonNullGraphType<IngestCountType>>("ballots").Description("Members' ballots the report names.").Resolve(c => c.Source.Ballots);
        Field<NonNullGraphType<IntGraphType>>("mentions").Description("Names of actors read in the text.").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("What the reader could not decide for sure, and what it did: a misspelt name read as a known person, " +
                "a name close to two people kept apart, a statement id already taken.").Resolve(c => c.Source.Notes);
    }

    private static IDataLoaderResult<Source?> ResolveSource(IResolveFieldContext<IngestResult> c, SourceLoader sources) => sources.Load(c.Source.SourceId!);
}
