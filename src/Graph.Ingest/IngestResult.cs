namespace Graph.Ingest;

/// <summary>
/// What ingesting one report did (or why it did nothing). Actors are states, organizations and outlets; people are
/// persons (a new person's role comes with it). A statement is confirmed when the graph already holds one with the same
/// id and text; a draft when the report's stance or statement is matched to one the graph holds.
/// </summary>
public sealed record IngestResult(string Name, string? SourceId, bool AlreadyIngested, IngestCount Actors, IngestCount People,
    IngestCount Statements, IngestCount Drafts, IngestCount Positions, int Mentions, IReadOnlyList<string> Notes)
{
    public int ActorsAdded => Actors.Created + People.Created;
    /// <summary>Votes the report told of (confirmed: the graph held a vote on that draft that day), and the ballots it named.</summary>
    public IngestCount Votes { get; init; } = IngestCount.None;
    public IngestCount Ballots { get; init; } = IngestCount.None;
}

/// <summary>How many nodes or facts of one kind a report created, and how many it found the graph already held.</summary>
public sealed record IngestCount(int Created, int Confirmed)
{
    public static IngestCount None { get; } = new(0, 0);
}
