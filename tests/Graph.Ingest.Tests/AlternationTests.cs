using System.Text.RegularExpressions;
using Graph.Ingest;

namespace Graph.Ingest.Tests;

/// <summary>An alternation grouped by first letter must match exactly what the same words longest first match.</summary>
public sealed class AlternationTests
{
    private static readonly string[] Words = ["vote", "voted for", "back", "veto", "voted", "backed", "vetoed", "Back", "voted in favour of", "be"];

    private static string LongestFirst(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")));

    [Theory]
    [InlineData("Russia voted in favour of the text and vetoed the other", @"\s(?:{0})\b(?<rest>.*)", RegexOptions.None)]
    [InlineData("They voted for it, then backed the veto", @"(?:{0})(?<rest>\s+\w+)", RegexOptions.None)]
    [InlineData("BACKED by Japan, voted FOR by all", @"\b(?i:{0})\b\s*(?<rest>\w*)", RegexOptions.None)]
    [InlineData("China voted, and Russia vetoed", @"(?:{0})\s*$|(?:{0})\b", RegexOptions.None)]
    [InlineData("the council voted for it before the veto", @"\b(?:{0})\b(?<rest>[^,]*)", RegexOptions.RightToLeft)]
    public void Grouped_words_match_what_longest_first_matches(string text, string pattern, RegexOptions options)
    {
        var grouped = new Regex(string.Format(pattern, Extractor.Alternation(Words, rightToLeft: options.HasFlag(RegexOptions.RightToLeft))), options);
        var original = new Regex(string.Format(pattern, LongestFirst(Words)), options);
        Assert.Equal(Describe(original.Matches(text)), Describe(grouped.Matches(text)));
        Assert.NotEmpty(original.Matches(text));
    }

    [Fact]
    public void Words_starting_with_the_same_letter_stay_longest_first_side_by_side() =>
        Assert.Equal(@"voted\s+in\s+favour\s+of|voted\s+for|vetoed|voted|vote|veto|backed|back|Back|be",
            Extractor.Alternation(Words));

    [Fact]
    public void Right_to_left_keeps_longest_first() =>
        Assert.Equal(LongestFirst(Words), Extractor.Alternation(Words, rightToLeft: true));

    private static List<string> Describe(MatchCollection matches) =>
        matches.Select(m => $"{m.Index}:{m.Length}:{m.Groups["rest"].Value}").ToList();
}
