namespace Graph.Core;

public enum StatementKind { Quote, Paraphrase }

/// <summary>
/// What an actor said or was reported to say. <see cref="Date"/> is when it was said, where the
/// report tells; <see cref="ReportedOn"/> is the source's date, used when it does not.
/// </summary>
public sealed record Statement(string Id, string SpeakerId, DateOnly? Date, DateOnly? ReportedOn, StatementKind Kind,
    string Text, string SourceId, string? ViaId, string? Setting, IReadOnlyList<string> AboutIds)
{
    public DateOnly? EffectiveDate => Date ?? ReportedOn;
}

/// <summary>An edge of the graph in its stored direction, as path search sees it.</summary>
public sealed record GraphEdge(string FromId, string Relation, string ToId);
