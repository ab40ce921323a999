using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>What one mention of a draft says. <see cref="Owners"/> name it ("Japan's draft"); <see cref="Added"/> add to it ("the text,
/// co-sponsored by Britain"); <see cref="Past"/>: its sentence looks back ("voted last month for Resolution 1970").</summary>
internal sealed partial record MentionFeatures(List<string> Owners, List<string> Added, List<string> Groups, string? Subject, string? Forum,
    DraftTraits Traits, string? Number, bool Past)
{
    /// <summary>What the words around one mention say: owners, subject, forum, number and traits.</summary>
    public static MentionFeatures Read(Document doc, MaskedSentence sentence, Match placeholder, string? reportSubject)
    {
        var before = sentence.Text[..placeholder.Index];
        var after = sentence.Text[(placeholder.Index + placeholder.Length)..];
        var owners = new List<string>();
        var added = new List<string>();
        var groups = new List<string>();
        string? subject = null, forum = null;
        var mentionSpan = sentence.Original(placeholder.Index, placeholder.Index + placeholder.Length);
        var term = doc.Text[mentionSpan.Start..mentionSpan.End];
        var window = doc.Text[Math.Max(sentence.Span.Start, mentionSpan.Start - 40)..mentionSpan.Start];
        var traits = TraitsIn(LastWords(window, 3) + " " + term);

        void Actor(int placeholderIndex, bool owning, List<string>? into = null)
        {
            var actor = doc.SpeakingFor(sentence.Actors[placeholderIndex].ActorId);
            if (Council.Forums.Contains(actor.Id)) { forum ??= actor.Id; return; }
            if (actor.Id == "united-nations") return; // "a U.N. draft" names where, not whose
            if (!doc.IsStateOrBody(actor.Id)) return;
            if (!owning && actor.Id == reportSubject) { subject ??= actor.Id; return; }
            into ??= owners;
            if (!into.Contains(actor.Id)) into.Add(actor.Id);
        }

        // "a U.S.-backed draft" names a backer, not an owner.
        if ((OwnerPossessive().Match(before) is { Success: true } possessed ? possessed : OwnerAdjacent().Match(before)) is { Success: true } ob
            && !ob.Groups["mid"].Value.Contains("backed", StringComparison.Ordinal) && !ob.Groups["mid"].Value.Contains("supported", StringComparison.Ordinal))
        {
            var possessive = ob.Groups["poss"].Success || OwningWord().IsMatch(ob.Groups["mid"].Value);
            foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(ob.Groups["list"].Value))
            {
                var i = int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture);
                var demonym = doc.MentionAt(sentence.Actors[i].Span.Start)?.Kind == MentionKind.Demonym;
                Actor(i, possessive || demonym);
            }
        }
        if (GroupBefore().Match(before) is { Success: true } gb) groups.Add(gb.Groups["group"].Value.ToLowerInvariant());
        var own = OwnByThem().Match(before);
        if (own.Success || OfTheirOwn().IsMatch(after))
        {
            // "Russia and China tabled their own draft", "a rival text of its own": theirs is the last list of actors before.
            traits |= DraftTraits.Rival;
            if (LastList().Match(own.Success ? before[..own.Index] : before) is { Success: true } s)
                foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(s.Groups["list"].Value)) Actor(int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture), true);
        }
        // "Russia and China had proposed an alternative text": the draft's authors are the verb's subject (not the object of a
        // preposition: "the sponsors of a draft on Libya circulated a revised text").
        if (AuthorsBefore().Match(before) is { Success: true } authors)
            foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(authors.Groups["list"].Value)) Actor(int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture), true);
        if (OwnerAfter().Match(after) is { Success: true } oa)
            foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(oa.Groups["list"].Value)) Actor(int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture), true, added);
        if (SubjectAfter().Match(after) is { Success: true } sa && ReportScope.StateAt(doc, sentence, int.Parse(sa.Groups["s"].Value, CultureInfo.InvariantCulture)) is { } about)
        {
            subject = about;
            owners.Remove(about);
            added.Remove(about);
        }
        // "The General Assembly on Thursday adopted a resolution": the body that acts on the draft.
        if (forum is null && ForumActs().Match(before) is { Success: true } fs && sentence.Actors[int.Parse(fs.Groups["f"].Value, CultureInfo.InvariantCulture)].ActorId is var acting
            && Council.Forums.Contains(acting)) forum = acting;
        if (ForumAfter().Match(after) is { Success: true } fa && sentence.Actors[int.Parse(fa.Groups["f"].Value, CultureInfo.InvariantCulture)].ActorId is var f
            && Council.Forums.Contains(f)) forum ??= f;
        string? number = null;
        if (MentionOf(sentence, placeholder).Kind == DraftKind.Resolution
            && NumberAfter().Match(doc.Text, mentionSpan.End) is { Success: true } n && n.Index == mentionSpan.End)
            number = n.Groups[1].Value;
        var past = number is not null && LooksBack().IsMatch(doc.Text[sentence.Span.Start..sentence.Span.End]);
        return new MentionFeatures(owners, added, groups, subject, forum, traits, number, past);
    }

    private static DraftMention MentionOf(MaskedSentence sentence, Match placeholder) => sentence.Drafts[int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture)];

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    private static DraftTraits TraitsIn(string words) =>
        (RivalWord().IsMatch(words) ? DraftTraits.Rival : 0)
        | (RevisedWord().IsMatch(words) ? DraftTraits.Revised : 0)
        | (EarlierWord().IsMatch(words) ? DraftTraits.Earlier : 0);

    private const string List = MaskedSentence.ActorList;

    // The patterns that end where a mention starts are matched from the right, so each costs the length of its match.
    // "Japan's new draft", "Japan's U.N. Security Council draft resolution": words between the owner and the draft may not make
    // the owner something else ("China's opposition to the draft").
    [GeneratedRegex(@"(?<list>⟦A\d+⟧(?:(?:\s*,\s*|\s+and\s+|\s*-\s*|–|/)⟦A\d+⟧)*)(?<poss>['’]s)(?<mid>(?:(?:\s+|-)(?!(?:to|the|a|an|of|for|on|against|with|over|by|at|in|from|and|or|that|which|backed|supported|endorsed|welcomed|opposed|introduced|tabled|circulated|proposed|put|said|says|has|have|had|is|are|was|were|will|would|objections?|opposition|support|veto|vetoed|push|bid|efforts?|plans?|rejected|blocked|fear|fears|feared|call|calls)\b)(?:[\p{Ll}\-]+|⟦A\d+⟧)){0,4}?)\s*$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OwnerPossessive();
    // "the Chinese-Russian proposal", "a U.S.-drafted text", "the Security Council resolution", "the American revised draft":
    // the owner right before the draft, with only the words a draft's name takes between.
    [GeneratedRegex(@"(?<list>⟦A\d+⟧(?:(?:\s*,\s*|\s+and\s+|\s*-\s*|–|/)⟦A\d+⟧)*)(?<mid>(?:(?:\s+|-)(?:⟦A\d+⟧|new|revised|amended|draft|sanctions|tough|tougher|milder|softer|weaker|stronger|non-binding|nonbinding|binding|proposed|latest|original|rival|alternative|own|joint|first|second|fresh|compromise|ceasefire|drafted|sponsored|led|authored|written|tabled|crafted|penned|backed|supported)){0,4}?)\s*$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OwnerAdjacent();
    [GeneratedRegex(@"^-(?:proposed|drafted|sponsored|led|authored|written|tabled|crafted|penned)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OwningWord();
    [GeneratedRegex(@"\b(?<group>European|Western|Arab|African|Latin\s+American|Nordic|Gulf)-(?:drafted|sponsored|proposed|led|authored|written)\s+(?:[\p{Ll}\-]+\s+){0,2}$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex GroupBefore();
    [GeneratedRegex(@"\b(?:their|its)\s+own\s+(?:[\p{Ll}\-]+\s+){0,2}$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OwnByThem();
    [GeneratedRegex(@"^\s+of\s+(?:their|its)\s+own\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OfTheirOwn();
    // Read from the right: the first list found is the last one.
    [GeneratedRegex(List, RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex LastList();
    [GeneratedRegex(@"(?<!\b(?:of|over|on|in|against|for|to|with|by|from|about|at)\s+(?:the\s+)?)" + List + @"(?:\s+(?:have|has|had|jointly|also|then|quickly|separately|now|already|earlier|first|last\s+\p{Ll}+|this\s+\p{Ll}+|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|in\s+\p{Lu}\p{Ll}+))*\s+(?:proposed|tabled|circulated|introduced|drafted|submitted|put\s+forward|presented|floated|authored)\s+(?:an?\s+|their\s+|its\s+|the\s+)?(?:[\p{Ll}\-]+\s+){0,2}$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex AuthorsBefore();
    // "the draft, put forward by France, Britain, Germany and Portugal".
    [GeneratedRegex(@"^\s*,?\s*(?:(?:(?:which|that)\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?|first\s+|jointly\s+)?(?:co-)?(?:sponsored|drafted|tabled|introduced|put\s+forward|proposed|submitted|written|circulated|presented|authored|crafted|negotiated|prepared)\s+(?:jointly\s+)?by\s+" + List, RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OwnerAfter();
    // "a resolution on North Korea", "the draft condemning Syria's crackdown", "a text calling for an end to violence in Syria".
    [GeneratedRegex(@"^(?:\s+(?:[\p{Ll}\-]+|⟦D\d+⟧)){0,3}?\s+(?:on|against|over|condemning|concerning|about|targeting|sanctioning|punishing|to\s+punish|regarding|censuring|referring)\s+(?:the\s+)?(?:(?:[\p{Ll}\-]+|⟦D\d+⟧)\s+){0,3}?⟦A(?<s>\d+)⟧|^(?:\s+[\p{Ll}\-]+){0,2}?\s+(?:calling\s+for|demanding|urging)\b[^⟦;.]{0,50}?\b(?:in|by|from|on)\s+⟦A(?<s>\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SubjectAfter();
    [GeneratedRegex(@"⟦A(?<f>\d+)⟧[^⟦;]{0,40}?\s(?:adopted|passed|approved|endorsed|rejected|voted\s+(?:on|for|down)|considered|debated|took\s+up)\s+(?:an?\s+|the\s+)?(?:[\p{Ll}\-]+\s+){0,3}$", RegexOptions.RightToLeft, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ForumActs();
    [GeneratedRegex(@"^\s+(?:in|at|of|before|to)\s+the\s+⟦A(?<f>\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ForumAfter();
    [GeneratedRegex(@"\G\s+(?:No\.\s*)?(\d{3,4}|\d{2}/\d{1,3})\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex NumberAfter();
    [GeneratedRegex(@"\b(?:rival|alternative|competing|counter|own|separate|opposing|counter-draft)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex RivalWord();
    [GeneratedRegex(@"\b(?:revised|amended|softened|watered-down|updated|reworked|redrafted|modified|toned-down|diluted)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex RevisedWord();
    [GeneratedRegex(@"\b(?:earlier|previous|original|initial|older|prior)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex EarlierWord();
    [GeneratedRegex(@"\b(?:last\s+(?:month|year|week|autumn|spring|summer|winter)|earlier\s+(?:this|that)\s+(?:month|year)|previous|prior|months?\s+ago|years?\s+ago|in\s+(?:19|20)\d\d|already\s+in\s+force|had\s+(?:adopted|passed|voted|imposed))\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex LooksBack();
}
