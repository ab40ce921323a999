using System.Text;

namespace Graph.Core;

/// <summary>
/// How a text search reads what the user typed: runs of letters and digits, all required. Stores
/// quote each word for their own search syntax, so no input is ever read as an operator.
/// </summary>
public static class SearchWords
{
    public static IReadOnlyList<string> Split(string? search)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(search)) return words;
        var word = new StringBuilder();
        foreach (var rune in search.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) { word.Append(rune.ToString()); continue; }
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
