using System.Text.RegularExpressions;

namespace Graph.Ingest;

/// <summary>Splits a report's body into paragraphs, sentences and quotations, and marks page furniture.</summary>
public sealed partial class TextLayout
{
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    public required IReadOnlyList<Quotation> Quotations { get; init; }

    // Words whose trailing period does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gen", "Lt", "Col", "Maj", "Capt", "Gov", "Prof", "Rev", "Sr", "Jr", "No", "vs", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Inc", "Co", "Corp", "Ltd", "approx", "e.g", "i.e",
    };

    public static TextLayout Of(string text, int bodyStart, IReadOnlyList<Regex> furniture)
    {
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        var quotations = new List<Quotation>();
        var position = bodyStart;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var span = Trim(text, position, end);
            if (span.Length > 0)
            {
                var line = text[span.Start..span.End];
                var isFurniture = furniture.Any(f => f.IsMatch(line));
                paragraphs.Add(new Paragraph(span, isFurniture));
                if (!isFurniture) Split(text, span, paragraphs.Count - 1, sentences, quotations);
            }
            position = end + 1;
        }
        return new TextLayout { Paragraphs = paragraphs, Sentences = sentences, Quotations = quotations };
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    /// <summary>Splits one paragraph into sentences, keeping quotations whole, and collects its quotations.</summary>
    private static void Split(string text, TextSpan paragraph, int index, List<Sentence> sentences, List<Quotation> quotations)
    {
        var sentenceStart = paragraph.Start;
        int? open = null; // where the open quotation's text starts
        var pending = new List<TextSpan>();
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (IsOpening(text, i, open is not null))
            {
                open = i + 1;
                continue;
            }
            if (open is not null && IsClosing(c))
            {
                pending.Add(new TextSpan(open.Value, i));
                open = null;
                continue;
            }
            if (open is null && c is '.' or '?' or '!' && EndsSentence(text, i, paragraph.End))
            {
                var end = i + 1;
                while (end < paragraph.End && text[end] is '"' or '”' or ')' or '’') end++;
                Close(end);
                i = end - 1;
            }
        }
        // An unclosed quotation runs to the end of its paragraph, as in news copy that continues a quote below.
        if (open is not null && paragraph.End > open.Value) pending.Add(new TextSpan(open.Value, paragraph.End));
        Close(paragraph.End);

        void Close(int end)
        {
            var span = Trim(text, sentenceStart, end);
            if (span.Length > 0)
            {
                sentences.Add(new Sentence(span, index));
                foreach (var quote in pending) quotations.Add(new Quotation(quote, sentences.Count - 1));
            }
            pending.Clear();
            sentenceStart = end;
        }
    }

    private static bool IsOpening(string text, int i, bool inQuote)
    {
        var c = text[i];
        if (c == '“') return true;
        // A straight quote opens when none is open and it starts a word; it closes otherwise.
        return c == '"' && !inQuote && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
    }

    private static bool IsClosing(char c) => c is '”' or '"';

    private static bool EndsSentence(string text, int i, int end)
    {
        var next = i + 1;
        while (next < end && text[next] is '"' or '”' or ')' or '’') next++;
        if (next >= end) return true;
        if (!char.IsWhiteSpace(text[next])) return false; // "U.S.-led", "possible...The": no space, no new sentence
        var after = next;
        while (after < end && char.IsWhiteSpace(text[after])) after++;
        if (after >= end) return true;
        if (!(char.IsUpper(text[after]) || text[after] is '"' or '“' or '(' || char.IsDigit(text[after]))) return false;
        if (text[i] != '.') return true;
        // The word before the period: an abbreviation or an initial does not end the sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0])) return false;          // "J. Thomas"
        if (word.Contains('.')) return !IsAbbreviationBeforeName(text, after); // "U.S." ends a sentence only before a new one
        return !Abbreviations.Contains(word);
    }

    // "U.N. Security Council", "U.S. Ambassador": an abbreviation followed by a capitalised word usually continues.
    private static bool IsAbbreviationBeforeName(string text, int after) => char.IsUpper(text[after]);
}
