namespace Graph.Ingest;

/// <summary>
/// A report as read: its whole text (offsets of every extracted span count UTF-16 code units from the
/// start of this text, header included), where the body starts, and its metadata.
/// </summary>
public sealed record Report(string Name, string Text, int BodyStart, ReportMetadata Metadata)
{
    /// <summary>Where the report's text is kept (its file name), or null for text given directly (the GraphQL mutation).</summary>
    public string? Document { get; init; } = Path.GetFileName(Name);
}

/// <summary>What a report says about itself: given by a header block, a sidecar file or the command line.</summary>
public sealed record ReportMetadata(string? Outlet = null, string? Title = null, DateOnly? Date = null, string? Url = null)
{
    /// <summary>This metadata with the gaps filled from <paramref name="fallback"/>.</summary>
    public ReportMetadata Or(ReportMetadata? fallback) => fallback is null ? this : new(
        Outlet ?? fallback.Outlet, Title ?? fallback.Title, Date ?? fallback.Date, Url ?? fallback.Url);
}
