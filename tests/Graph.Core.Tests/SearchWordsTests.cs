namespace Graph.Core.Tests;

public sealed class SearchWordsTests
{
    private static string Words(int count) => string.Join(" ", Enumerable.Range(0, count).Select(i => $"w{i}"));

    [Fact]
    public void A_search_of_up_to_the_limit_of_words_is_read()
    {
        Assert.Equal(SearchWords.MaxWords, SearchWords.Split(Words(SearchWords.MaxWords)).Count);
    }

    [Fact]
    public void A_search_of_more_words_is_refused_naming_the_limit()
    {
        var e = Assert.Throws<GraphException>(() => SearchWords.Split(Words(80_000)));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains($"at most {SearchWords.MaxWords}", e.Message);
        Assert.Contains("'search'", e.Message);
    }

    [Fact]
    public void A_word_repeated_counts_once()
    {
        // All words are required, so a repeat adds nothing: a long text of few words is still one search.
        var text = string.Concat(Enumerable.Repeat("veto, power! ", 5_000));
        Assert.Equal(["veto", "power"], SearchWords.Split(text));
    }
}
