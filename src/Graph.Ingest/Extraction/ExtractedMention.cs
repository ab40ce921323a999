namespace Graph.Ingest;

/// <summary>How a name found in the text refers to its actor.</summary>
public enum MentionKind { Name, Alias, Capital, Demonym, Contextual, Person }

/// <summary>A name in the text that refers to an actor.</summary>
public sealed record ExtractedMention(TextSpan Span, string Text, string ActorId, MentionKind Kind, double Confidence);

/// <summary>A person read out of the text: where the name and title were, the title, and whom they speak for.</summary>
public sealed record PersonIntroduction(string PersonId, TextSpan Span, string? Title, string? RepresentsId, string Rule, double Confidence);
