using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Reads one report into mentions, people, statements, stances and dates, with dictionaries and rules
/// only (see data/ingest): an actor dictionary (the gazetteer plus the graph's own actors), titles of
/// office, verbs of saying and the constructions of stance, in the tradition of event coders. No
/// model and no network. Extraction reads the store's actors through <see cref="ActorIndex"/> and
/// writes nothing; <see cref="Ingestor"/> turns the result into graph writes.
/// </summary>
public sealed partial class Extractor
{
    private readonly Lexicon lexicon;
    private readonly IReadOnlyList<Regex> furniture;
    private readonly Regex title;
    /// <summary><see cref="title"/> starting exactly where the match is asked for (\G): only there, not the first one after.</summary>
    private readonly Regex titleAt;
    private readonly Regex appositive;
    private readonly Regex draftTerms;
    private readonly Dictionary<string, DraftKind> draftKinds;
    /// <summary>Titles that are only courtesy ("Mr. Hu"): they name a person but no office.</summary>
    internal static readonly IReadOnlySet<string> Honorifics = new HashSet<string>(StringComparer.Ordinal) { "Mr.", "Mrs.", "Ms.", "Dr." };
    private readonly Attribution attribution;
    private readonly StanceRules stances;
    private readonly Regex forwardWords;

    public Extractor(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        furniture = lexicon.Furniture.Select(f => Patterns.Compiled(f, RegexOptions.IgnoreCase)).ToList();
        var titles = Alternation(lexicon.Titles);
        title = Patterns.Compiled($@"(?<![\p{{L}}\p{{N}}])(?:{titles})(?![\p{{L}}\p{{N}}])");
        titleAt = Patterns.Compiled($@"\G(?<![\p{{L}}\p{{N}}])(?:{titles})(?![\p{{L}}\p{{N}}])");
        appositive = Patterns.Compiled($@"^,\s+(?:the|a|an)\s+(?<title>(?:[\p{{Ll}}\-]+\s+){{0,3}}?(?:{titles}))\s+(?:of|to|for|at|in)\b",
            RegexOptions.IgnoreCase);
        draftKinds = lexicon.DraftTerms.GroupBy(t => t.Term.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Kind);
        draftTerms = Patterns.Compiled($@"(?<![\p{{L}}\p{{N}}-])(?:{Alternation(lexicon.DraftTerms.Select(t => t.Term))})(?![\p{{L}}\p{{N}}-])",
            RegexOptions.IgnoreCase);
        attribution = new Attribution(lexicon);
        stances = new StanceRules(lexicon);
        forwardWords = DateRules.ForwardWords(lexicon);
    }

    /// <summary>
    /// Longest first, so that an alternation prefers "draft resolution" to "draft"; and, for a pattern read left to right, the
    /// words that start with the same letter side by side (each group in that order), which the pattern then merges into one
    /// branch per letter instead of trying every word at every place. Two words can only match at the same place if they
    /// start with the same letter, so every match stays what it was. Read right to left a word starts matching at its end,
    /// so there the order is left alone, as it is for words that do not all start with an ASCII character.
    /// </summary>
    internal static string Alternation(IEnumerable<string> words, bool rightToLeft = false)
    {
        var longestFirst = words.Distinct().OrderByDescending(w => w.Length).ToList();
        var ordered = rightToLeft || !longestFirst.All(w => w.Length > 0 && char.IsAscii(w[0])) ? longestFirst
            : longestFirst.GroupBy(w => char.IsAsciiLetterOrDigit(w[0]) ? char.ToLowerInvariant(w[0]) : '\0').SelectMany(g => g);
        return string.Join('|', ordered.Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")));
    }

    /// <summary>
    /// Reads the report. The largest report takes a while (far longer when it is one long sentence), so every pass looks
    /// at <paramref name="ct"/> per sentence and per item within one; a single match is bounded by <see cref="Patterns.MatchTimeoutMilliseconds"/>.
    /// </summary>
    /// <exception cref="ReportException">A pattern ran out of time on a sentence: the report is not read.</exception>
    public ExtractedReport Extract(Report report, ActorIndex index, CancellationToken ct = default)
    {
        try
        {
            return Read(report, index, ct);
        }
        catch (RegexMatchTimeoutException e)
        {
            ct.ThrowIfCancellationRequested(); // it ran out of time because the read had been cancelled
            throw new ReportException($"{report.Name}: a sentence of {e.Input.Length:N0} characters is too long to read " +
                $"(a pattern ran over {Patterns.MatchTimeoutMilliseconds / 1000.0:0.#} s on it); the report is not read.");
        }
    }

    private ExtractedReport Read(Report report, ActorIndex index, CancellationToken ct)
    {
        var doc = new Document(report, TextLayout.Of(report.Text, report.BodyStart, furniture), index);
        FindNames(doc, ct);
        FindPeople(doc, ct);
        FindLocalNames(doc, ct);
        FindDrafts(doc, ct);
        var masked = doc.Layout.Sentences.Select((s, i) => MaskedSentence.Of(doc, i, lexicon, ct)).ToList();
        var drafts = DraftReferences.Resolve(doc, masked, ct);
        var statements = attribution.Statements(doc, masked, ct);
        var found = stances.Find(doc, masked, drafts, ct);
        var dates = DateRules.Find(doc, forwardWords, ct);
        var votes = VoteRules.Find(doc, masked, drafts, dates, ct);
        found.AddRange(BallotStances(votes, found, drafts.Drafts).ToList());
        found.AddRange(UnanimousStances(doc, votes, found, drafts).ToList());
        statements = statements.Select(s =>
        {
            ct.ThrowIfCancellationRequested();
            return s with { Date = DateIn(dates, s.Span, doc), AboutDrafts = AboutDrafts(masked, drafts, s.Span) };
        }).ToList();
        return new ExtractedReport(report, doc.Layout, doc.Mentions.OrderBy(m => m.Span.Start).ToList(), doc.People, statements, found,
            doc.Drafts, WithStanceOwners(drafts.Drafts, found), votes, drafts.SubjectId, dates, doc.Actors, doc.Notes);
    }

    /// <summary>
    /// A named ballot states a stance where the report states none for that member and draft: a YES backs (unless the member
    /// sponsors), a NO opposes. An abstention or an absence states none.
    /// </summary>
    private static IEnumerable<ExtractedStance> BallotStances(IReadOnlyList<ExtractedVote> votes, IReadOnlyList<ExtractedStance> stances,
        IReadOnlyList<ReportDraft> drafts)
    {
        foreach (var vote in votes)
            foreach (var ballot in vote.Ballots)
            {
                Stance? side = ballot.Choice switch { BallotChoice.Yes => Stance.Backs, BallotChoice.No => Stance.Opposes, _ => null };
                if (side is null || stances.Any(s => s.ActorId == ballot.ActorId && s.DraftIndex == vote.Draft)) continue;
                yield return new ExtractedStance(ballot.ActorId, side.Value, drafts[vote.Draft].Kind, ballot.Evidence,
                    $"{EnumNames.ToName(side.Value).ToLowerInvariant()}:ballot", 0.85, vote.Draft);
            }
    }

    /// <summary>
    /// A Security Council draft adopted unanimously was backed by every member: by the permanent members the report names, and by
    /// the states named where it tells of the vote, save the draft's subject and any the report gives another stance.
    /// </summary>
    private static IEnumerable<ExtractedStance> UnanimousStances(Document doc, IReadOnlyList<ExtractedVote> votes, IReadOnlyList<ExtractedStance> stances,
        DraftReferences.Resolved drafts)
    {
        foreach (var vote in votes.Where(v => v.Unanimous))
        {
            var draft = drafts.Drafts[vote.Draft];
            if (draft.ForumId != "un-security-council") continue;
            var members = doc.Mentions.Select(m => m.ActorId).Where(Council.PermanentMembers.Contains).Concat(vote.Named).Distinct()
                .Where(a => a != draft.SubjectId && !stances.Any(s => s.ActorId == a && s.DraftIndex == vote.Draft));
            foreach (var member in members)
                yield return new ExtractedStance(member, Stance.Backs, draft.Kind, vote.Evidence, "backs:unanimous", 0.8, vote.Draft);
        }
    }

    /// <summary>The drafts a statement is about: those its sentence names.</summary>
    private static List<int> AboutDrafts(IReadOnlyList<MaskedSentence> sentences, DraftReferences.Resolved drafts, TextSpan span) =>
        sentences.FirstOrDefault(s => s.Span.Contains(span.Start))?.Drafts
            .Select(d => drafts.DraftOf.GetValueOrDefault(d, -1)).Where(i => i >= 0).Distinct().ToList() ?? [];

    /// <summary>A draft's owners are also those the report says sponsor or propose it ("a resolution it sponsored").</summary>
    private static List<ReportDraft> WithStanceOwners(IReadOnlyList<ReportDraft> drafts, IReadOnlyList<ExtractedStance> stances) =>
        drafts.Select(d => d with
        {
            Owners = d.Owners.Concat(stances.Where(s => s.DraftIndex == d.Index && DraftIdentity.Owns(s.Stance))
                .Select(s => s.ActorId)).Distinct().ToList(),
        }).ToList();

    // A statement's date: the first day named in its sentence outside the quotation, if any.
    private static DateOnly? DateIn(IReadOnlyList<ExtractedDate> dates, TextSpan span, Document doc)
    {
        var sentence = doc.Layout.Sentences.FirstOrDefault(s => s.Span.Overlaps(span))?.Span ?? span;
        return dates.FirstOrDefault(d => sentence.Contains(d.Span.Start) && !doc.InQuotation(d.Span.Start) && d.Day is not null)?.Day;
    }

    /// <summary>Names of known actors: the gazetteer's and the graph's, longest first, on word boundaries.</summary>
    private static void FindNames(Document doc, CancellationToken ct)
    {
        foreach (var sentence in doc.Layout.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            Scan(doc, sentence.Span, (text, i) => doc.Index.Match(text, i));
        }
    }

    private static void Scan(Document doc, TextSpan span, Func<string, int, (int End, string ActorId, MentionKind Kind)?> match)
    {
        var text = doc.Text;
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > span.Start && char.IsLetterOrDigit(text[i - 1]))) continue;
            if (doc.Covered(i)) continue;
            if (match(text, i) is not { } m || m.End > span.End) continue;
            if (doc.Covered(m.End - 1)) continue;
            doc.AddMention(new TextSpan(i, m.End), m.ActorId, m.Kind, Confidence(m.Kind));
            i = m.End - 1;
        }
    }

    private static double Confidence(MentionKind kind) => kind switch
    {
        MentionKind.Name or MentionKind.Person => 0.95,
        MentionKind.Alias => 0.9,
        MentionKind.Demonym => 0.85,
        MentionKind.Capital => 0.8,
        _ => 0.7,
    };

    /// <summary>
    /// People named with a title ("Foreign Minister Taro Aso", "spokeswoman (Jiang Yu)", "Ambassador to
    /// the U.N. Jean Marc de la Sabliere"), with an appositive ("Yang Hyong Sop, the vice president of
    /// North Korea's parliament"), or beside a verb of saying ("said John Bolton").
    /// </summary>
    private void FindPeople(Document doc, CancellationToken ct)
    {
        var text = doc.Text;
        foreach (var sentence in doc.Layout.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            var slice = text[sentence.Span.Start..sentence.Span.End];
            foreach (Match t in title.Matches(slice))
            {
                ct.ThrowIfCancellationRequested(); // per title too: one sentence may be the whole report
                var titleStart = sentence.Span.Start + t.Index;
                var position = titleStart + t.Length;
                string? represents = null;
                // "Ambassador to the U.N." names where the person serves; "spokesman in Seoul" whom they speak for.
                var host = HostPreposition().Match(text[position..Math.Min(sentence.Span.End, position + 12)]);
                if (host.Success && doc.MentionAt(position + host.Length) is { } place)
                {
                    if (host.Groups["p"].Value is "in" or "of" && doc.IsStateOrBody(place.ActorId)) represents = place.ActorId;
                    position = place.Span.End;
                }
                var paren = OpeningParenthesis().Match(text[position..Math.Min(sentence.Span.End, position + 4)]);
                // "China's envoy, Wang Guangya, said": a name set off by commas after a title.
                var comma = paren.Success ? Match.Empty : CommaBeforeName().Match(text[position..Math.Min(sentence.Span.End, position + 3)]);
                var nameStart = paren.Success ? position + paren.Length : comma.Success ? position + comma.Length : SkipSpaces(text, position);
                var name = ReadName(doc, nameStart, sentence.Span.End);
                if (name is null) continue;
                var end = name.Value.End;
                if (paren.Success)
                {
                    var close = ClosingParenthesis().Match(text[end..Math.Min(sentence.Span.End, end + 3)]);
                    if (!close.Success) continue;
                    end += close.Length;
                }
                var titleText = t.Value;
                if (Honorifics.Contains(titleText) is false && name.Value.Words == 1 && !doc.IsKnownPersonName(text[name.Value.Start..name.Value.End]))
                    continue; // "President Bush" is a name; "Minister Monday" is not: a lone word needs a known person
                var (stateBefore, phraseStart) = StateBefore(doc, titleStart);
                represents ??= stateBefore;
                var phrase = new TextSpan(phraseStart ?? titleStart, end);
                doc.AddPerson(new TextSpan(name.Value.Start, name.Value.End), phrase, Honorifics.Contains(titleText) ? null : titleText,
                    represents, "person:title", 0.9, lexicon.Feminine.Contains(titleText));
            }
        }
        // Appositives and names beside verbs of saying, in a second pass: titled names win.
        foreach (var sentence in doc.Layout.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
            {
                if (!char.IsUpper(text[i]) || (i > sentence.Span.Start && char.IsLetterOrDigit(text[i - 1])) || doc.Covered(i)) continue;
                var name = ReadName(doc, i, sentence.Span.End);
                if (name is null || name.Value.Words < 2) continue;
                ct.ThrowIfCancellationRequested(); // per name: what follows is read for each, to the sentence's end
                var after = text[name.Value.End..sentence.Span.End];
                var before = text[sentence.Span.Start..i];
                var apposition = appositive.Match(after);
                if (apposition.Success)
                {
                    var of = doc.Mentions.Where(m => m.Span.Start >= name.Value.End && m.Span.Start < name.Value.End + apposition.Length + 40 && m.Span.End <= sentence.Span.End && doc.IsStateOrBody(m.ActorId))
                        .OrderBy(m => m.Span.Start).FirstOrDefault();
                    doc.AddPerson(new TextSpan(name.Value.Start, name.Value.End), new TextSpan(name.Value.Start, name.Value.End), Titled(apposition.Groups["title"].Value),
                        of?.ActorId, "person:appositive", 0.85, false);
                }
                else if (SpeechAfterName().IsMatch(after) || SpeechBeforeName().IsMatch(before))
                {
                    doc.AddPerson(new TextSpan(name.Value.Start, name.Value.End), new TextSpan(name.Value.Start, name.Value.End), null, null, "person:speaker", 0.75, false);
                }
                i = name.Value.End;
            }
        }
    }

    private static string Titled(string title) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Spaces().Replace(title.Trim(), " "));

    [GeneratedRegex(@"^\s+(?:said|says|told|added|insisted|replied|stated|declared|warned)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SpeechAfterName();

    [GeneratedRegex(@"\b(?:said|says|added)\s+$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SpeechBeforeName();

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    /// <summary>
    /// A personal name starting at <paramref name="start"/>: capitalised words, with particles ("de la")
    /// and initials ("J.") inside, stopping before a word that is not a name or a known actor's name.
    /// </summary>
    private (int Start, int End, int Words)? ReadName(Document doc, int start, int limit)
    {
        var text = doc.Text;
        var words = 0;
        var end = start;
        var i = start;
        while (i < limit)
        {
            var wordEnd = i;
            while (wordEnd < limit && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’')) wordEnd++;
            if (wordEnd < limit && text[wordEnd] == '.' && wordEnd - i == 1) wordEnd++; // an initial
            if (wordEnd == i) break;
            var word = text[i..wordEnd];
            var isParticle = lexicon.NameParticles.Contains(word) && words > 0;
            if (!isParticle)
            {
                if (!char.IsUpper(word[0]) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)) break;
                if (lexicon.NotNames.Contains(word) || lexicon.NotNames.Contains(word.TrimEnd('.'))) break;
                if (doc.MentionAt(i) is { } m && m.Kind != MentionKind.Person) break;
                if (titleAt.IsMatch(text, i)) break; // only at i: a search from i would read the rest of the report for every word
                words++;
                end = wordEnd;
            }
            var next = wordEnd;
            if (next < limit && text[next] == ' ' && next + 1 < limit && char.IsLetter(text[next + 1])) i = next + 1;
            else break;
        }
        if (words == 0) return null;
        // A trailing particle is not part of the name.
        return (start, end, words);
    }

    /// <summary>The state or body named just before a title ("Japanese Foreign Minister", "Japan's Foreign Ministry spokesman").</summary>
    private static (string? ActorId, int? PhraseStart) StateBefore(Document doc, int titleStart)
    {
        var text = doc.Text;
        // Walk back over the names just before the title ("Britain's U.N. ambassador"): a state wins over a body.
        (string? ActorId, int? Start) found = (null, null);
        var end = titleStart;
        foreach (var m in doc.Mentions.Where(m => m.Span.End <= titleStart && m.Span.End > titleStart - 60).OrderByDescending(m => m.Span.End))
        {
            // Only a possessive and words like "foreign ministry" or "presidential" may stand between.
            if (!GapBeforeTitle().IsMatch(text[m.Span.End..end] + " ")) break;
            if (doc.Actor(m.ActorId).Kind == ActorKind.State) return (m.ActorId, m.Span.Start);
            if (doc.IsStateOrBody(m.ActorId)) found = found.ActorId is null ? (m.ActorId, m.Span.Start) : found;
            end = m.Span.Start;
        }
        return found;
    }

    [GeneratedRegex(@"^(?:['’]s)?(?:\s+(?:[\p{Ll}\-]+|Foreign|Ministry|Defense|Defence|Interior|Finance|Trade|Cabinet|Government|Embassy|Mission))*\s*$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex GapBeforeTitle();

    /// <summary>Later references to people this report introduced ("Aso", "Mr. Hu"), and contextual names ("the North").</summary>
    private static void FindLocalNames(Document doc, CancellationToken ct)
    {
        var mentioned = doc.Mentions.Select(m => m.ActorId).ToHashSet();
        foreach (var sentence in doc.Layout.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            Scan(doc, sentence.Span, (text, i) => doc.Local.Match(text, i));
            Scan(doc, sentence.Span, (text, i) => doc.Index.Match(text, i, contextual: true) is { } m && mentioned.Contains(m.ActorId) ? m : null);
        }
    }

    /// <summary>Drafts named outside quotations and names ("the resolution", "a presidential statement", "two-step approach").</summary>
    private void FindDrafts(Document doc, CancellationToken ct)
    {
        for (var s = 0; s < doc.Layout.Sentences.Count; s++)
        {
            ct.ThrowIfCancellationRequested();
            var span = doc.Layout.Sentences[s].Span;
            foreach (Match m in draftTerms.Matches(doc.Text[span.Start..span.End]))
            {
                var at = new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length);
                if (doc.Covered(at.Start) || doc.InQuotation(at.Start) && !doc.ShortQuotation(at.Start)) continue;
                var kind = draftKinds[Spaces().Replace(m.Value.ToLowerInvariant(), " ")];
                doc.Drafts.Add(new DraftMention(at, kind, s) { Term = Spaces().Replace(m.Value.ToLowerInvariant(), " ") });
            }
        }
    }

    // Fixed patterns, generated at build time (the static Regex methods' cache holds only a few patterns).
    [GeneratedRegex(@"^\s+(?<p>to|at|for|of|in)\s+(?:the\s+)?", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex HostPreposition();
    [GeneratedRegex(@"^\s*,?\s*\(\s*", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OpeningParenthesis();
    [GeneratedRegex(@"^\s*,\s*(?=\p{Lu})", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex CommaBeforeName();
    [GeneratedRegex(@"^\s*\)", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ClosingParenthesis();
    [GeneratedRegex(@"\s+", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();
}
