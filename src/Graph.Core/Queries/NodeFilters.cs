namespace Graph.Core;

public sealed record ActorFilter(ActorKind? Kind = null, string? Search = null);
/// <summary>Drafts by kind, forum, subject (the actor a draft is about) and words in the title.</summary>
public sealed record DraftFilter(DraftKind? Kind = null, string? ForumId = null, string? Search = null, string? SubjectId = null);
public sealed record AllianceFilter(AllianceKind? Kind = null, string? Search = null);
