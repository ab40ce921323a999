using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Votes a report tells of, and the ballots it names: "Russia and China vetoed the draft", "adopted by 10 votes to none, with
/// five abstentions", "won nine votes in favour", "Brazil, India and South Africa abstained", "12-2-1". A vote belongs to the
/// draft its sentence speaks of (else the one in play); what several sentences say of one draft's vote is one vote. A vote
/// said in the future ("Russia would veto it", "will abstain") is a threat, not a vote. A permanent member's NO in a vetoed
/// vote is a veto.
/// </summary>
internal static partial class VoteRules
{
    private const string List = MaskedSentence.ActorList;
    /// <summary>"cast their vetoes", "cast a double veto": a veto as the result of a vote and as a member's ballot.</summary>
    private const string CastVetoes = @"cast\s+(?:their\s+|a\s+|double\s+|a\s+double\s+|twin\s+)?vetoe?s?";
    // What may stand between the voters and their vote: "China and Russia, both permanent members, ...", "both of which",
    // "on Friday", "in the end".
    private const string Between = @"(?:\s*,\s*(?:both|all|each|neither)\s+of\s+(?:which|whom|them)|\s*,\s*(?:which|who|both|all|each|the|a|an|two|three)\b[^;]{1,100}?,)?(?:\s+(?:both|each|all|had|have|has|jointly|again|also|then|nevertheless|eventually|finally|duly|in\s+the\s+end|on\s+\p{Lu}\p{Ll}+day|late\s+on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day))*";

    private sealed class Tally
    {
        public VoteResult? Result;
        public int? Yes, No, Abstain;
        public TextSpan Evidence;
        public string Rule = "";
        public DateOnly? Date;
        public readonly Dictionary<string, (BallotChoice Choice, TextSpan Evidence)> Ballots = new(StringComparer.Ordinal);
        public readonly HashSet<string> Named = new(StringComparer.Ordinal);
    }

    public static List<ExtractedVote> Find(Document doc, IReadOnlyList<MaskedSentence> sentences, DraftReferences.Resolved drafts,
        IReadOnlyList<ExtractedDate> dates, CancellationToken ct)
    {
        var votes = new Dictionary<int, Tally>();
        int? focus = null, inPlay = null;
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (VoteWord().IsMatch(sentence.Text))
            {
                var mentions = MaskedSentence.DraftPlaceholder().Matches(sentence.Text)
                    .Select(m => (At: m.Index, Draft: drafts.DraftOf.GetValueOrDefault(sentence.Drafts[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)], -1)))
                    .Where(m => m.Draft >= 0 && drafts.Drafts[m.Draft].Kind is DraftKind.Resolution or DraftKind.PresidentialStatement).ToList();
                // What is said at a place in the sentence is said of the draft named nearest to it; in a sentence that names
                // none, of the vote in play ("the vetoes had stopped ..."), else of the draft in play, else the report's first.
                var fallback = inPlay ?? focus ?? ReportDraft.PrimaryResolution(drafts.Drafts)?.Index ?? -1;
                var touched = new List<(int Draft, int At)>();
                Tally? At(int position)
                {
                    var draft = mentions.Count > 0 ? mentions.MinBy(m => (Math.Abs(m.At - position), m.At < position ? 1 : 0)).Draft : fallback;
                    if (draft < 0) return null;
                    touched.Add((draft, sentence.Original(position, position + 1).Start));
                    return votes.TryGetValue(draft, out var t) ? t : votes[draft] = new Tally();
                }
                Read(doc, sentence, At, mentions.Count > 0);
                // A day the sentence names dates the vote told of nearest to it ("adopted on Thursday, days after the veto of March 15").
                if (touched.Count > 0 && VoteEvent().IsMatch(sentence.Text))
                    foreach (var day in dates.Where(d => sentence.Span.Contains(d.Span.Start) && d.Day is not null && !doc.InQuotation(d.Span.Start)))
                        votes[touched.MinBy(t => Math.Abs(t.At - day.Span.Start)).Draft].Date ??= day.Day;
                foreach (var d in touched.Select(t => t.Draft).Distinct())
                {
                    if (votes[d].Result is not null || votes[d].Ballots.Count > 0) inPlay = d;
                    if (touched.Select(t => t.Draft).Distinct().Count() == 1)
                        foreach (var (actorId, _, pronoun) in sentence.Actors)
                            if (!pronoun && doc.Actor(actorId).Kind == ActorKind.State) votes[d].Named.Add(actorId);
                }
            }
            if (sentence.Drafts.Count > 0 && drafts.DraftOf.TryGetValue(sentence.Drafts[^1], out var last)) focus = last;
        }
        var found = new List<ExtractedVote>();
        foreach (var (draft, t) in votes.OrderBy(v => v.Key))
        {
            var result = t.Result ?? (t.Ballots.Values.Any(b => b.Choice == BallotChoice.No) && t.Ballots.Keys.Any(Council.PermanentMembers.Contains) ? VoteResult.Vetoed : null);
            if (result is null) continue; // ballots with no result: a vote the report does not settle
            var ballots = t.Ballots.Select(b => new ExtractedBallot(b.Key, b.Value.Choice,
                result == VoteResult.Vetoed && b.Value.Choice == BallotChoice.No && Council.PermanentMembers.Contains(b.Key), b.Value.Evidence)).ToList();
            found.Add(new ExtractedVote(draft, Past(t.Date, doc) ?? Lede(doc, dates) ?? doc.Report.Metadata.Date, result.Value, t.Yes, t.No, t.Abstain, t.Evidence, t.Rule, ballots)
                { Named = t.Named.Order(StringComparer.Ordinal).ToList() });
        }
        return found;
    }

    /// <summary>A vote whose result is reported took place on or before the report's day: a weekday read forward is the one before.</summary>
    private static DateOnly? Past(DateOnly? date, Document doc) =>
        date is { } d && doc.Report.Metadata.Date is { } reported && d > reported ? d.AddDays(-7 * (int)Math.Ceiling((d.DayNumber - reported.DayNumber) / 7.0)) : date;

    /// <summary>The day the report's opening sentences speak of, where they name one on or before its date.</summary>
    private static DateOnly? Lede(Document doc, IReadOnlyList<ExtractedDate> dates)
    {
        var lede = doc.Layout.Sentences.Where(s => !doc.Layout.Paragraphs[s.Paragraph].IsFurniture).Take(2).ToList();
        return dates.FirstOrDefault(d => lede.Any(s => s.Span.Contains(d.Span.Start)) && d.Day is { } day
            && (doc.Report.Metadata.Date is not { } r || day <= r))?.Day;
    }

    private static void Read(Document doc, MaskedSentence sentence, Func<int, Tally?> at, bool namesDraft)
    {
        var text = sentence.Text;
        // "The cabinet had approved a ban": a result with no draft named needs a vote or a forum in its sentence.
        var voteContext = namesDraft || VoteContext().IsMatch(text) || sentence.Actors.Any(a => a.ActorId is "un-security-council" or "un-general-assembly");
        void Result(VoteResult result, Match m, string rule)
        {
            if (Future(text, m.Index) || !voteContext || at(m.Index) is not { } t) return;
            if (t.Result is null || result == VoteResult.Vetoed)
            {
                t.Result = result;
                t.Evidence = sentence.Span;
                t.Rule = rule;
            }
        }
        // Each result is said of the draft named nearest to it: one sentence may adopt one draft and recall the veto of another.
        if (Vetoed().Match(text) is { Success: true } v) Result(VoteResult.Vetoed, v, "vote:vetoed");
        if (Failed().Match(text) is { Success: true } f) Result(VoteResult.Failed, f, "vote:failed");
        if (Adopted().Match(text) is { Success: true } a) Result(VoteResult.Adopted, a, "vote:adopted");

        if (Score().Match(text) is { Success: true } s && !Future(text, s.Index) && at(s.Index) is { } st)
        {
            st.Yes ??= Number(s.Groups["y"].Value);
            st.No ??= Number(s.Groups["n"].Value);
            if (s.Groups["a"].Success) st.Abstain ??= Number(s.Groups["a"].Value);
        }
        if (InFavour().Match(text) is { Success: true } yes && !Future(text, yes.Index) && at(yes.Index) is { } yt) yt.Yes ??= Number(yes.Groups["y"].Value);
        if (Against().Match(text) is { Success: true } no && !Future(text, no.Index) && at(no.Index) is { } nt) nt.No ??= Number(no.Groups["n"].Value);
        if (Abstentions().Match(text) is { Success: true } ab && !Future(text, ab.Index) && at(ab.Index) is { } at2) at2.Abstain ??= Number(ab.Groups["a"].Value);
        if (Unanimous().Match(text) is { Success: true } u && !Future(text, u.Index) && voteContext && at(u.Index) is { Result: VoteResult.Adopted or null } ut)
        {
            ut.Result ??= VoteResult.Adopted;
            if (ut.Evidence.Length == 0) { ut.Evidence = sentence.Span; ut.Rule = "vote:unanimous"; }
            ut.No ??= 0;
            ut.Abstain ??= 0;
            if (sentence.Actors.Any(a => a.ActorId == "un-security-council")) ut.Yes ??= 15;
        }

        foreach (var (pattern, choice, requires) in BallotRules)
            foreach (Match m in requires is not null && !requires.IsMatch(text) ? Enumerable.Empty<Match>() : pattern.Matches(text))
            {
                var verb = m.Groups["verb"].Success ? m.Groups["verb"].Index : m.Index;
                if (Future(text, verb) || at(verb) is not { } t) continue;
                foreach (Match p in MaskedSentence.ActorPlaceholder().Matches(m.Groups["list"].Value))
                {
                    var actor = doc.SpeakingFor(sentence.Actors[int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture)].ActorId);
                    if (actor.Kind != ActorKind.State) continue;
                    t.Ballots.TryAdd(actor.Id, (choice, sentence.Span));
                }
                if (choice == BallotChoice.No && m.Value.Contains("veto", StringComparison.OrdinalIgnoreCase)) t.Result = VoteResult.Vetoed;
            }
    }

    /// <summary>The constructions of a ballot; those that start at every actor of a sentence carry words they cannot do without.</summary>
    private static readonly (Regex Pattern, BallotChoice Choice, Regex? Requires)[] BallotRules =
    [
        (Patterns.Compiled($@"{List}{Between}\s+(?<verb>vetoed|{CastVetoes}|used\s+(?:their|its)\s+vetoe?s?|voted\s+(?:against|no)|vote\s+against)"), BallotChoice.No, Patterns.Compiled(@"\b(?:vetoed|cast|used|voted|vote)\b")),
        (Patterns.Compiled($@"\b(?:vetoe?d|vetoes|votes?\s+against\s+it)\s+(?:by|from|of)\s+{List}"), BallotChoice.No, null),
        (Patterns.Compiled($@"\bwith\s+{List}\s+(?<verb>voting\s+(?:against|no))"), BallotChoice.No, null),
        (Patterns.Compiled($@"{List}{Between}\s+(?<verb>abstained|chose\s+to\s+abstain|abstain(?:ing)?\b)"), BallotChoice.Abstain, Patterns.Compiled(@"\babstain")),
        .. Each(verb => $@"\b(?<verb>{verb}),?\s+as\s+did\s+{List}", null,
            (BallotChoice.Abstain, "abstained|abstaining"), (BallotChoice.No, @"voted\s+against\s+(?:it|the\s+\w+)?"), (BallotChoice.Yes, @"voted\s+(?:in\s+favou?r|for\s+it)")),
        (Patterns.Compiled($@"\b(?:abstentions?)\s+(?:by|from|of)\s+{List}"), BallotChoice.Abstain, null),
        (Patterns.Compiled($@"{List}{Between}\s+(?<verb>voted\s+(?:in\s+favou?r|for|yes)|backed\s+it\s+in\s+the\s+vote)"), BallotChoice.Yes, Patterns.Compiled(@"\b(?:voted|backed\s+it)")),
        (Patterns.Compiled($@"\bwith\s+{List}\s+(?<verb>voting\s+(?:in\s+favou?r|for))"), BallotChoice.Yes, null),
        // "South Africa joined the two permanent members in voting against it".
        .. Each(verb => $@"{List}\s+(?:also\s+)?joined\s+[^⟦;.]{{0,40}}?\bin\s+(?<verb>{verb})", Patterns.Compiled(@"\bjoined\b"),
            (BallotChoice.No, @"voting\s+(?:against|no)"), (BallotChoice.Yes, @"voting\s+(?:for|in\s+favou?r|yes)"), (BallotChoice.Abstain, "abstaining")),
        // "Voting against were Russia, Armenia ...", "China and India were among those that abstained".
        .. Each(verb => $@"\b(?<verb>(?:[Vv]oting|[Tt]hose\s+voting)\s+{verb})\s+(?:it\s+|the\s+\w+\s+)?(?:were|was)\s+{List}", null,
            (BallotChoice.No, "against"), (BallotChoice.Yes, @"(?:in\s+favou?r|for)")),
        (Patterns.Compiled($@"\b(?<verb>[Aa]bstaining)\s+(?:were|was)\s+{List}"), BallotChoice.Abstain, null),
        .. Each(verb => $@"{List}\s+(?:were|was)\s+among\s+(?:those|the\s+(?:countries|members|states|nations|\d+))\s+(?:that|who|which)\s+(?<verb>{verb})", Patterns.Compiled(@"\bamong\b"),
            (BallotChoice.Abstain, "abstained"), (BallotChoice.No, @"voted\s+against"), (BallotChoice.Yes, @"voted\s+(?:for|in\s+favou?r)")),
        // "won only four votes, from Russia, China ...", "seven voted against it, among them the United States".
        (Patterns.Compiled($@"\b(?<verb>(?:voted|votes?)\s+against)\b[^⟦.;]{{0,25}}?\b(?:among\s+them|including|from|by)\s+{List}"), BallotChoice.No, null),
        (Patterns.Compiled($@"\b(?<verb>votes?|voted\s+in\s+favou?r|votes?\s+in\s+favou?r)\b(?!\s+against)[^⟦.;]{{0,12}}?\b(?:among\s+them|including|from|by)\s+{List}"), BallotChoice.Yes, null),
        (Patterns.Compiled($@"\b(?<verb>abstained|abstaining|abstentions?)\b[^⟦.;]{{0,12}}?\b(?:among\s+them|including)\s+{List}"), BallotChoice.Abstain, null),
        (Patterns.Compiled($@"{List}\s+(?<verb>(?:was|were)\s+absent|did\s+not\s+(?:take\s+part|vote|participate))"), BallotChoice.Absent, Patterns.Compiled(@"\b(?:absent|did\s+not)\b")),
    ];

    /// <summary>One construction for each ballot it may tell, in the order given: the words around the same, the verb its own.</summary>
    private static IEnumerable<(Regex Pattern, BallotChoice Choice, Regex? Requires)> Each(Func<string, string> construction, Regex? requires,
        params (BallotChoice Choice, string Verb)[] verbs) =>
        verbs.Select(v => (Patterns.Compiled(construction(v.Verb)), v.Choice, requires));

    private static bool Future(string text, int at)
    {
        var start = Math.Max(0, at - 45);
        return FutureBefore().IsMatch(text[start..at]);
    }

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = 0, ["zero"] = 0, ["nil"] = 0, ["no"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
    };

    private static int? Number(string word) => int.TryParse(word, out var n) ? n : Words.TryGetValue(word, out var w) ? w : null;

    private const string N = @"(?:\d{1,3}|none|zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)";

    [GeneratedRegex(@"\b(?:vetoe?d|vetoes|veto|adopted|approved|passed|voted|vote|votes|voting|abstained|abstaining|abstentions?|unanimously|in\s+favou?r)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex VoteWord();
    [GeneratedRegex(@"\b(?:vetoed|" + CastVetoes + @"|double\s+veto|the\s+vetoe?s?\b)", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Vetoed();
    [GeneratedRegex(@"\b(?:failed\s+to\s+(?:win|get|secure|pass|gain|obtain|garner|muster)|fell\s+short|did\s+not\s+(?:win|get|pass|receive|obtain)|was\s+(?:defeated|voted\s+down)|were\s+defeated)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Failed();
    // "The adopted text requires ..." names a draft by its fate; it does not tell of a vote.
    [GeneratedRegex(@"(?<!\b(?:[Tt]he|[Aa]n?|newly|just)\s+)\b(?:adopted|approved|passed|voted\s+(?:unanimously\s+)?(?:(?:on|late|early)\s+\p{Lu}\p{Ll}+day\s+)?(?:to\s+(?!reject|block|veto)\p{Ll}+|in\s+favou?r\s+of|for))\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Adopted();
    [GeneratedRegex(@"\b(?:vetoe?d|vetoes|adopted|approved|passed|voted|vote|votes|abstained|unanimously)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex VoteEvent();
    [GeneratedRegex(@"\b(?:vote|votes|voted|voting|ballot|unanimous(?:ly)?|vetoe?d?|vetoes|council|assembly)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex VoteContext();
    [GeneratedRegex(@"\bunanimous(?:ly)?\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Unanimous();
    [GeneratedRegex(@"(?<![\d\-])\b(?<y>" + N + @")\s*(?:votes?\s+)?(?:-|–|to)\s*(?<n>" + N + @")\b(?:\s*(?:-|–)\s*(?<a>" + N + @")\b)?(?!\s*(?:years?|months?|days?|per\s*cent|%))", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Score();
    [GeneratedRegex(@"\b(?<y>" + N + @")\s+(?:of\s+the\s+[^⟦;.]{0,25}?)?(?:votes?\s+|members\s+|countries\s+|nations\s+)?(?:voted\s+)?(?:in\s+favou?r|for\s+it|yes\s+votes?)\b|\b(?:received|won|got|secured|garnered|drew|mustered|gained)\s+(?:only\s+|just\s+|the\s+support\s+of\s+)?(?<y>" + N + @")\s+(?:votes?|members|countries)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex InFavour();
    [GeneratedRegex(@"\b(?<n>" + N + @")\s+(?:votes?\s+|members\s+|countries\s+|nations\s+)?(?:voted\s+)?against\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Against();
    [GeneratedRegex(@"\b(?<a>" + N + @")\s+(?:abstentions?|(?:members\s+|countries\s+|nations\s+)?(?:abstaining|abstained))\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Abstentions();
    [GeneratedRegex(@"\b(?:would|will|could|might|may|threaten\w*\s+to|expected\s+to|plans?\s+to|planned\s+to|vowed\s+to|likely\s+to|set\s+to|intends?\s+to|ready\s+to|prepared\s+to|promised\s+to|said\s+it\s+would|if)\s+(?:[\p{Ll}]+\s+){0,2}$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FutureBefore();
}
