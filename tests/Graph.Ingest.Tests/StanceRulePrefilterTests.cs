namespace Graph.Ingest.Tests;

/// <summary>A stance rule is skipped on a sentence naming no draft only where every match of its pattern holds a draft's placeholder.</summary>
public sealed class StanceRulePrefilterTests
{
    private const string Draft = @"⟦D(?<d>\d+)⟧";
    private const string List = @"(?<list>(?:the\s+)?⟦A\d+⟧(?:\s+and\s+⟦A\d+⟧)*)";

    [Theory]
    [InlineData(List + @"\s+against\s+(?:the\s+)?" + Draft, true)]
    [InlineData(Draft + @"\s+(?:that\s+)?" + List, true)]
    [InlineData(@"\s*\([^)⟦]*\)\s+" + Draft, true)] // a ')' inside a class closes nothing
    [InlineData(@"\(" + Draft + @"\)", true)] // nor does an escaped one open anything
    [InlineData(List + @"\s+(?:backed|welcomed)\b", false)]
    [InlineData(List + @"(?:\s+to\s+" + Draft + ")?", false)] // in an optional group
    [InlineData(List + @"\s+(?:" + Draft + "|it)", false)] // one of two alternatives
    [InlineData(@"it\s+|" + Draft, false)] // an alternative at the top
    [InlineData(@"⟦D\d+⟧", false)] // not the draft's placeholder as the rules write it
    public void Only_a_draft_placeholder_outside_every_group_and_alternative_counts(string pattern, bool namesDraft) =>
        Assert.Equal(namesDraft, StanceRules.NamesDraftAtTop(pattern));
}
