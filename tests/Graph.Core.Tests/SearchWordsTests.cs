namespace Graph.Core.Tests;

public sealed class SearchWordsTests
{
    private static string Words(int count) => string.Join(" ", Enumerable.Range(0, count).Select(i => $"w{i}"));

    [Fact]
    public void A_search_of_up_to_the_limit_of_words_is_read()
    {
        Assert.Equal(SearchWords.MaxWords, SearchWords.Parse(Words(SearchWords.MaxWords)).Count);
    }

    [Fact]
    public void A_search_of_more_words_is_refused_naming_the_limit()
    {
        var e = Assert.Throws<GraphException>(() => SearchWords.Parse(Words(80_000)));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Contains($"at most {SearchWords.MaxWords}", e.Message);
        Assert.Contains("'search'", e.Message);
    }

    [Fact]
    public void A_word_repeated_counts_once()
    {
        // All words are required, so a repeat adds nothing: a long text of few words is still one search.
        var text = string.Concat(Enumerable.Repeat("veto, power! ", 5_000));
        Assert.Equal([new SearchTerm(["veto"]), new SearchTerm(["power"])], SearchWords.Parse(text));
    }

    [Fact]
    public void A_phrase_counts_each_of_its_words()
    {
        var phrase = "\"" + Words(SearchWords.MaxWords) + "\"";
        Assert.Single(SearchWords.Parse(phrase));
        Assert.Throws<GraphException>(() => SearchWords.Parse(phrase + " extra"));
    }

    [Theory]
    [InlineData("sanct*", "sanct*")]
    [InlineData("\"security council\" veto", "[security council] veto")]
    [InlineData("a\"b c\"d", "a [b c] d")]
    [InlineData("\"open to the end", "[open to the end]")]
    [InlineData("* \"\" ** \"*\"", "")]
    [InlineData("\"sanct*\"", "sanct")]
    [InlineData("NEAR(x y) OR z", "NEAR x y OR z")]
    public void Words_prefixes_and_phrases_are_read_and_nothing_else(string search, string expected)
    {
        var read = SearchWords.Parse(search).Select(t => t.IsPhrase ? $"[{string.Join(' ', t.Words)}]" : t.Words[0] + (t.Prefix ? "*" : ""));
        Assert.Equal(expected, string.Join(' ', read));
    }
}
