using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Ingest;

/// <summary>
/// A sentence with what has been recognised replaced by placeholders, so the rules can be written as
/// plain patterns over words: ⟦A3⟧ an actor (a name, a person with title, or a pronoun resolved to
/// its person), ⟦D1⟧ a draft, ⟦Q0⟧ a quotation of three words or more. <see cref="Origin"/> maps
/// each character back to the report's text.
/// </summary>
internal sealed partial class MaskedSentence
{
    public required int Index { get; init; }
    public required string Text { get; init; }
    public required int[] Origin { get; init; }
    public required TextSpan Span { get; init; }
    public required List<(string ActorId, TextSpan Span, bool Pronoun)> Actors { get; init; }
    public required List<DraftMention> Drafts { get; init; }
    /// <summary>Report-wide indexes of the quotations, by placeholder number.</summary>
    public required List<int> Quotations { get; init; }

    /// <summary>The report's span behind a stretch of the masked text.</summary>
    public TextSpan Original(int start, int end) =>
        start >= end ? new TextSpan(Origin[start], Origin[start]) : new TextSpan(Origin[start], Origin[end - 1] + 1);

    /// <summary>The sentence masked; <paramref name="ct"/> is looked at per item, as a sentence may hold tens of thousands.</summary>
    public static MaskedSentence Of(Document doc, int index, Lexicon lexicon, CancellationToken ct)
    {
        var sentence = doc.Layout.Sentences[index];
        var span = sentence.Span;
        var items = new List<(TextSpan Span, char Kind, object Value, int Priority)>();
        for (var q = 0; q < doc.Layout.Quotations.Count; q++)
        {
            var quotation = doc.Layout.Quotations[q];
            if (quotation.Sentence == index && Document.Words(doc.Text[quotation.Inner.Start..quotation.Inner.End]) >= Attribution.MinQuoteWords)
                items.Add((quotation.Outer, 'Q', q, 0));
        }
        foreach (var (phrase, actorId) in doc.Phrases.Where(p => span.Contains(p.Span.Start)))
            items.Add((phrase, 'A', (actorId, false), 1));
        foreach (var mention in doc.Mentions.Where(m => span.Contains(m.Span.Start)))
            items.Add((mention.Span, 'A', (mention.ActorId, false), 2));
        // A draft's name that holds an actor's ("non-binding U.N. Security Council statement") is the draft.
        foreach (var draft in doc.Drafts.Where(d => d.Sentence == index))
        {
            ct.ThrowIfCancellationRequested();
            items.Add((draft.Span, 'D', draft, doc.Mentions.Any(m => draft.Span.Start <= m.Span.Start && m.Span.End <= draft.Span.End) ? 1 : 3));
        }
        foreach (Match p in Pronoun().Matches(doc.Text[span.Start..span.End]))
        {
            ct.ThrowIfCancellationRequested();
            var at = span.Start + p.Index;
            if (doc.InQuotation(at)) continue;
            var feminine = lexicon.Feminine.Contains(p.Value) || p.Value is "she" or "She";
            if (doc.PersonBefore(at, feminine) is { } person) items.Add((new TextSpan(at, at + p.Length), 'A', (person, true), 4));
        }

        var chosen = new List<(TextSpan Span, char Kind, object Value, int Priority)>();
        foreach (var item in items.OrderBy(i => i.Priority).ThenBy(i => i.Span.Start))
        {
            ct.ThrowIfCancellationRequested();
            if (!chosen.Any(c => c.Span.Overlaps(item.Span))) chosen.Add(item);
        }
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var text = new StringBuilder();
        var origin = new List<int>();
        var actors = new List<(string, TextSpan, bool)>();
        var drafts = new List<DraftMention>();
        var quotations = new List<int>();
        var position = span.Start;
        foreach (var item in chosen)
        {
            for (; position < item.Span.Start; position++) { text.Append(doc.Text[position]); origin.Add(position); }
            var placeholder = item.Kind switch
            {
                'A' => $"⟦A{actors.Count}⟧",
                'D' => $"⟦D{drafts.Count}⟧",
                _ => $"⟦Q{quotations.Count}⟧",
            };
            switch (item.Value)
            {
                case (string actorId, bool pronoun): actors.Add((actorId, item.Span, pronoun)); break;
                case DraftMention draft: drafts.Add(draft); break;
                case int q: quotations.Add(q); break;
            }
            // Every character of a placeholder maps back to the start of what it stands for, the last to its end.
            for (var i = 0; i < placeholder.Length; i++) origin.Add(i == placeholder.Length - 1 ? item.Span.End - 1 : item.Span.Start);
            text.Append(placeholder);
            position = item.Span.End;
        }
        for (; position < span.End; position++) { text.Append(doc.Text[position]); origin.Add(position); }
        origin.Add(span.End);
        return new MaskedSentence
        {
            Index = index, Text = text.ToString(), Origin = origin.ToArray(), Span = span,
            Actors = actors, Drafts = drafts, Quotations = quotations,
        };
    }

    [GeneratedRegex(@"\b(?:he|she|He|She)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Pronoun();

    /// <summary>An actor's placeholder, its number in group 1.</summary>
    [GeneratedRegex(@"⟦A(\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    public static partial Regex ActorPlaceholder();

    /// <summary>A draft's placeholder, its number in group 1.</summary>
    [GeneratedRegex(@"⟦D(\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    public static partial Regex DraftPlaceholder();

    /// <summary>A list of actors ("⟦A1⟧, ⟦A2⟧ and the ⟦A3⟧"), as group "list".</summary>
    public const string ActorList = @"(?<list>(?:the\s+)?⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?⟦A\d+⟧)*)";
}
