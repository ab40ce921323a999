namespace Graph.Ingest;

/// <summary>One report's gold annotation (see data/ingest/GOLD.md for what each list holds).</summary>
public sealed record GoldReport(
    string Report, string? Outlet, string? Title, string? Date,
    List<GoldMention>? Mentions, List<GoldQuote>? Quotes, List<GoldReported>? Reported, List<GoldStance>? Stances, List<GoldDate>? Dates,
    List<GoldDraft>? Drafts = null, List<GoldVote>? Votes = null, List<GoldBallot>? Ballots = null);
