using System.Text;

namespace Graph.Core;

/// <summary>
/// How a text search reads what the user typed: runs of letters and digits, all required. Stores
/// quote each word for their own search syntax, so no input is ever read as an operator.
/// </summary>
public static class SearchWords
{
    /// <summary>
    /// The most different words one search may look for. Each is one more term the full-text index must intersect:
    /// 80,000 of them kept SQLite busy for 10 s and more to find nothing. A word repeated adds nothing (all are required), so it counts once.
    /// </summary>
    public const int MaxWords = 64;

    public static IReadOnlyList<string> Split(string? search)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(search)) return words;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        void Add()
        {
            var text = word.ToString();
            word.Clear();
            if (!seen.Add(text)) return;
            words.Add(text);
            if (words.Count > MaxWords)
                throw new GraphException(ErrorCodes.BadUserInput,
                    $"'search' has more than {MaxWords} different words; a text search looks for at most {MaxWords} (all of them required).");
        }
        foreach (var rune in search.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) { word.Append(rune.ToString()); continue; }
            if (word.Length > 0) Add();
        }
        if (word.Length > 0) Add();
        return words;
    }
}
