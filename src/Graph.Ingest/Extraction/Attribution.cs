using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Who said what: direct quotations attributed to their speaker (after the quote: "..., X said",
/// "..., said X", "... X was quoted by Y as saying"; before it: "X told reporters: ..."; within the
/// speaker's clause: "X urged ... to vote '...'"; or continuing the previous speaker's quote), and
/// reported speech ("a spokeswoman says Japan is overreacting"; "..., X said Wednesday").
/// </summary>
internal sealed partial class Attribution
{
    /// <summary>Quoted spans shorter than this are terms ("two-step approach"), not someone's words.</summary>
    public const int MinQuoteWords = 3;

    private readonly Regex speakerThenVerb;
    private readonly Regex verbThenSpeaker;
    private readonly Regex speakerVerbBefore;
    private readonly Regex subjectUrging;
    private readonly Regex quotedBy;
    private readonly Regex reportedLead;
    private readonly Regex reportedTrail;
    private readonly Regex accordingTo;

    public Attribution(Lexicon lexicon)
    {
        var say = Extractor.Alternation(lexicon.SpeechVerbs);
        const string actor = @"⟦A(?<a>\d+)⟧";
        const string adverbs = @"(?:\s+(?:also|then|later|again|has|have|had|was|is|once|further|quickly|flatly|simply))*";
        speakerThenVerb = Patterns.Compiled($@"^[\s,;:—–-]*{actor}{adverbs}\s+(?:{say})\b");
        verbThenSpeaker = Patterns.Compiled($@"^[\s,;:—–-]*(?:{say})\s+{actor}");
        speakerVerbBefore = Patterns.Compiled($@"{actor}(?:\s*\([^)⟦]*\))?(?:(?!⟦[AQ])[^.;])*?\b(?:{Extractor.Alternation(lexicon.SpeechVerbs, rightToLeft: true)})(?:\s+(?:reporters|journalists|the\s+\w+|a\s+\w+(?:\s+\w+)?))?\s*[,:]?\s*$",
            RegexOptions.RightToLeft);
        subjectUrging = Patterns.Compiled($@"^(?:[\p{{L}}\-]+\s+){{0,3}}?{actor}(?:(?!⟦Q)[^;])*?\b(?:{say}|urged|urges|called|calls|described|vowed|pledged|demanded|promised)\b");
        quotedBy = Patterns.Compiled(@"^[\s,]*⟦A\d+⟧\s+(?:was|is)\s+quoted\s+by\s+⟦A(?<via>\d+)⟧");
        var report = @"says|said|told|tells|contends|contended|added|insisted|insists|argued|argues|stated|warned|warns|announced|declared|denied|denies|claimed|claims|maintained|maintains|acknowledged|stressed|noted|explained|saying|replied";
        reportedLead = Patterns.Compiled($@"{actor}(?<gap>(?:\s*\([^)⟦]*\))?(?:\s+(?:[\p{{Ll}}\-]+|\(?\p{{Lu}}\p{{Ll}}+day\)?|⟦D\d+⟧)){{0,7}}?)\s+(?<v>{report})\b(?<rest>[^⟦]*(?:⟦[AD]\d+⟧[^⟦]*)*)$");
        reportedTrail = Patterns.Compiled($@"^(?<content>.{{12,}}?),\s+(?:[\p{{Ll}}]+\s+){{0,2}}?{actor}\s+(?:said|says|added|insisted|argued|warned|told\s+\w+)(?:\s+[\p{{L}}()]+){{0,3}}\s*[.!]?$");
        accordingTo = Patterns.Compiled($@",?\s*according\s+to\s+{actor}[,.]?");
    }

    public List<ExtractedStatement> Statements(Document doc, IReadOnlyList<MaskedSentence> sentences, CancellationToken ct)
    {
        var statements = new List<ExtractedStatement>();
        (string Speaker, int Sentence)? previous = null;
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            for (var n = 0; n < sentence.Quotations.Count; n++)
            {
                var quotation = doc.Layout.Quotations[sentence.Quotations[n]];
                var placeholder = $"⟦Q{n}⟧";
                var at = sentence.Text.IndexOf(placeholder, StringComparison.Ordinal);
                var before = sentence.Text[..at];
                var after = sentence.Text[(at + placeholder.Length)..];
                var (speaker, via, rule, confidence) = Attribute(sentence, before, after);
                if (speaker is null && previous is { } p && (p.Sentence == sentence.Index || p.Sentence == sentence.Index - 1) && !HasOwnSpeaker(sentence))
                    (speaker, rule, confidence) = (p.Speaker, "quote:continues", 0.8);
                if (speaker is null) continue;
                previous = (speaker, sentence.Index);
                statements.Add(Statement(doc, sentence, quotation.Inner, StatementKind.Quote, speaker, via, rule, confidence));
            }
            if (sentence.Quotations.Count == 0 && Reported(doc, sentence) is { } reported)
                statements.Add(reported);
        }
        return statements;
    }

    private (string? Speaker, string? Via, string Rule, double Confidence) Attribute(MaskedSentence sentence, string before, string after)
    {
        string Actor(Match m) => sentence.Actors[int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture)].ActorId;
        double Pronoun(Match m, double confidence) => sentence.Actors[int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture)].Pronoun ? confidence - 0.1 : confidence;
        if (speakerThenVerb.Match(after) is { Success: true } a)
        {
            var via = quotedBy.Match(after) is { Success: true } q ? sentence.Actors[int.Parse(q.Groups["via"].Value, CultureInfo.InvariantCulture)].ActorId : null;
            return (Actor(a), via, "quote:speaker-then-verb", Pronoun(a, 0.95));
        }
        if (verbThenSpeaker.Match(after) is { Success: true } b) return (Actor(b), null, "quote:verb-then-speaker", Pronoun(b, 0.95));
        if (speakerVerbBefore.Match(before) is { Success: true } c) return (Actor(c), null, "quote:introduced", Pronoun(c, 0.9));
        if (subjectUrging.Match(before) is { Success: true } d) return (Actor(d), null, "quote:in-speaker-clause", Pronoun(d, 0.8));
        return (null, null, "", 0);
    }

    // A sentence that names a speaker of its own is not a continuation of the previous quote.
    private bool HasOwnSpeaker(MaskedSentence sentence) =>
        sentence.Quotations.Count > 0 && Enumerable.Range(0, sentence.Quotations.Count).Any(n =>
        {
            var placeholder = $"⟦Q{n}⟧";
            var after = sentence.Text[(sentence.Text.IndexOf(placeholder, StringComparison.Ordinal) + placeholder.Length)..];
            return speakerThenVerb.IsMatch(after) || verbThenSpeaker.IsMatch(after);
        });

    private ExtractedStatement? Reported(Document doc, MaskedSentence sentence)
    {
        if (accordingTo.Match(sentence.Text) is { Success: true } according)
        {
            var content = sentence.Text.Remove(according.Index, according.Length).Trim().TrimEnd('.');
            var speaker = sentence.Actors[int.Parse(according.Groups["a"].Value, CultureInfo.InvariantCulture)].ActorId;
            if (Document.Words(content) >= 3)
                return Statement(doc, sentence, sentence.Span, StatementKind.Paraphrase, speaker, null, "reported:according-to", 0.8);
        }
        if (reportedTrail.Match(sentence.Text) is { Success: true } trail)
        {
            var group = trail.Groups["content"];
            var speaker = sentence.Actors[int.Parse(trail.Groups["a"].Value, CultureInfo.InvariantCulture)].ActorId;
            return Statement(doc, sentence, sentence.Original(group.Index, group.Index + group.Length), StatementKind.Paraphrase, speaker, null, "reported:trailing-verb", 0.8);
        }
        // Not "X was declared the winner": a passive verb reports what was said of X, not by X.
        if (reportedLead.Match(sentence.Text) is { Success: true } lead && !lead.Groups["gap"].Value.Contains(" which")
            && !PassiveGap().IsMatch(lead.Groups["gap"].Value))
        {
            var rest = lead.Groups["rest"];
            var skip = leadIn.Match(rest.Value);
            var start = rest.Index + skip.Length;
            var end = rest.Index + rest.Length;
            while (end > start && sentence.Text[end - 1] is '.' or ' ') end--;
            if (Document.Words(sentence.Text[start..end]) < 3) return null;
            var speaker = sentence.Actors[int.Parse(lead.Groups["a"].Value, CultureInfo.InvariantCulture)].ActorId;
            return Statement(doc, sentence, sentence.Original(start, end), StatementKind.Paraphrase, speaker, null, "reported:speaker-verb", 0.75);
        }
        return null;
    }

    private static readonly Regex leadIn = new(
        @"^(?:\s*(?:reporters|journalists|today|yesterday|\(?\p{Lu}\p{Ll}+day\)?|\(\w+\)|on\s+\p{Lu}\p{Ll}+day|in\s+a\s+statement|a\s+statement|⟦A\d+⟧[^,]*?(?=\s+that\b)|a\s+[\p{Ll}\s⟦⟧A\d]{1,60}?(?=\s+that\b)))*\s*(?:,|:)?\s*(?:that\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(Patterns.MatchTimeoutMilliseconds));

    private static ExtractedStatement Statement(Document doc, MaskedSentence sentence, TextSpan span, StatementKind kind, string speaker,
        string? via, string rule, double confidence)
    {
        var about = sentence.Actors.Where(a => !a.Pronoun && a.ActorId != speaker && a.ActorId != via).Select(a => a.ActorId).Distinct().Take(6).ToList();
        // Which drafts it is about is known once the report's drafts are resolved (Extractor.AboutDrafts).
        return new ExtractedStatement(span, kind, doc.Text[span.Start..span.End].Trim(), speaker, via, null, rule, confidence, about, []);
    }

    // Fixed patterns, generated at build time (the static Regex methods' cache holds only a few patterns).
    [GeneratedRegex(@"\b(?:was|were|been|be|is|are)$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex PassiveGap();
}
