namespace Graph.Ingest;

/// <summary>A draft a report speaks of, by a label that names the same real draft in every gold file of the corpus.</summary>
public sealed record GoldDraft(string Label, string Kind, string? Subject, string? Forum, List<string>? Sponsors, string? Revises, string? AlternativeTo);
/// <summary>A vote on a labelled draft: its day, result and tally where the report gives them.</summary>
public sealed record GoldVote(string Label, string? Date, string Result, int? Yes, int? No, int? Abstain);
/// <summary>A member's ballot in the vote on a labelled draft.</summary>
public sealed record GoldBallot(string Label, string Actor, string Choice, bool? Veto);
