namespace Graph.Core;

/// <summary>
/// Where the extractor read a node or fact: the report (a source), the span of the report's text
/// (UTF-16 offsets into the text as read, header included), the text of that span, a confidence in
/// [0, 1], and the rule that matched. <see cref="Created"/> says whether this extraction created the
/// subject; an extraction that only found an actor mentioned, or confirmed a fact already held,
/// does not, so curated facts stay curated.
/// </summary>
public sealed record Extraction(string SubjectId, string SourceId, int Start, int Length, string Text,
    double Confidence, string Rule, bool Created)
{
    public int End => Start + Length;
}

/// <summary>Which extractions to read: about one of the subjects, or from one of the sources (each a filter only where given);
/// those of a retracted subject only when asked for.</summary>
public sealed record ExtractionFilter(IReadOnlyCollection<string>? SubjectIds = null, IReadOnlyCollection<string>? SourceIds = null,
    bool IncludeRetracted = false);

/// <summary>
/// That a curator withdrew a position, membership, role or statement: why, who (as the caller described
/// themselves, and how they were let in) and when (UTC). A retracted fact is kept, never deleted, but every
/// list, search, count and view leaves it out unless asked to include it; reads by id still find it.
/// </summary>
public sealed record Retraction(string SubjectId, string Reason, string By, DateTimeOffset At);
