namespace Graph.Core;

/// <summary>Statements filtered by speaker, subject, effective date window (inclusive) and words in the text;
/// retracted ones only with IncludeRetracted.</summary>
public sealed record StatementFilter(string? SpeakerId = null, string? AboutId = null, DateOnly? From = null, DateOnly? To = null, string? Search = null,
    bool IncludeRetracted = false)
{
    /// <summary>
    /// A text search with no other condition may stop counting (and listing) its matches here: the embedded store
    /// does, since counting the 900,000 statements with "the" in them costs more than the page. Its total is then
    /// this number. Other stores may count every match.
    /// </summary>
    public const int MaxSearchCount = 100_000;
}
