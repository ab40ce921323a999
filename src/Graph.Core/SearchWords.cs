using System.Text;

namespace Graph.Core;

/// <summary>One thing a text search requires: a word, a word's beginning (<c>sanct*</c>), or words in this order (<c>"security council"</c>).</summary>
/// <param name="Words">Runs of letters and digits only, so no store reads them as operators.</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix = false)
{
    public bool IsPhrase => Words.Count > 1;

    public bool Equals(SearchTerm? other) => other is not null && Prefix == other.Prefix && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Prefix, string.Join(' ', Words));
}

/// <summary>
/// How a text search reads what the user typed: words (runs of letters and digits), a word ended by <c>*</c> for any word
/// that begins so, and text in double quotes for a phrase; every term is required. Anything else separates words, so no
/// input is ever read as a store's operator. Stores match words by their stems (English), so "sanction" finds "sanctions".
/// </summary>
public static class SearchWords
{
    /// <summary>
    /// The most different words one search may look for. Each is one more term the full-text index must intersect:
    /// 80,000 of them kept SQLite busy for 10 s and more to find nothing. A term repeated adds nothing (all are required), so it counts once.
    /// </summary>
    public const int MaxWords = 64;

    public static IReadOnlyList<SearchTerm> Parse(string? search)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(search)) return terms;
        var seen = new HashSet<SearchTerm>();
        var words = 0;
        var phrase = new List<string>();
        var inQuotes = false;
        var word = new StringBuilder();
        void Add(SearchTerm term)
        {
            if (!seen.Add(term)) return;
            terms.Add(term);
            if ((words += term.Words.Count) > MaxWords)
                throw new GraphException(ErrorCodes.BadUserInput,
                    $"'search' has more than {MaxWords} different words; a text search looks for at most {MaxWords} (all of them required).");
        }
        void EndWord(bool prefix)
        {
            if (word.Length == 0) return;
            if (inQuotes) phrase.Add(word.ToString());
            else Add(new SearchTerm([word.ToString()], prefix));
            word.Clear();
        }
        void EndPhrase()
        {
            if (phrase.Count > 0) Add(new SearchTerm([.. phrase]));
            phrase.Clear();
        }
        foreach (var rune in search.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) { word.Append(rune.ToString()); continue; }
            EndWord(prefix: rune.Value == '*' && !inQuotes);
            if (rune.Value != '"') continue;
            if (inQuotes) EndPhrase();
            inQuotes = !inQuotes;
        }
        EndWord(prefix: false);
        EndPhrase(); // an unclosed quote runs to the end
        return terms;
    }
}
