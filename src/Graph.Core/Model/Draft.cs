namespace Graph.Core;

public sealed record Draft(string Id, DraftKind Kind, string Title, string? ForumId, string? Description)
{
    /// <summary>The actor (a state, usually) the draft is about: North Korea for a sanctions resolution on North Korea.
    /// Drafts about different subjects are never one draft (see the ingestor's draft matching).</summary>
    public string? SubjectId { get; init; }
}

public sealed record DraftStatusChange(string DraftId, DraftStatus Status, DateOnly? Date, Evidence Evidence);

public sealed record DraftRelation(string FromId, DraftRelationKind Kind, string ToId, Evidence Evidence);
