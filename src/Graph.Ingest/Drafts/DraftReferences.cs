using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Which of a report's drafts each mention of a draft speaks of. A mention that names an owner ("Japan's draft", "the
/// Chinese-Russian proposal", "the text, put forward by France") is the draft of that owner; "a rival text" or "their own
/// draft" is another draft than the one in play; "earlier versions" what it replaced; a plain "the draft" or "the
/// resolution" is the draft of its kind the sentence or the one before last spoke of, else the report's first. A mention
/// with a number ("Resolution 1718") or a subject ("on Iran") never joins a draft with another.
/// </summary>
internal static partial class DraftReferences
{

    public sealed record Resolved(List<ReportDraft> Drafts, Dictionary<DraftMention, int> DraftOf, string? SubjectId);

    private sealed class Building(int index, DraftKind kind, DraftTraits traits)
    {
        public int Index { get; } = index;
        public DraftKind Kind { get; } = kind;
        public DraftTraits Traits { get; set; } = traits;
        public List<DraftMention> Mentions { get; } = [];
        public List<string> Owners { get; } = [];
        public List<string> Groups { get; } = [];
        public string? Subject { get; set; }
        public string? Forum { get; set; }
        public string? Number { get; set; }
        public int? AlternativeTo { get; set; }
        public int? RevisedBy { get; set; }
        public int LastSentence { get; set; }
    }

    /// <summary>What one mention says. <see cref="Owners"/> name it ("Japan's draft"); <see cref="Added"/> add to it ("the text,
    /// co-sponsored by Britain"); <see cref="Past"/>: its sentence looks back ("voted last month for Resolution 1970").</summary>
    private sealed record Features(List<string> Owners, List<string> Added, List<string> Groups, string? Subject, string? Forum, DraftTraits Traits,
        string? Number, bool Past);

    public static Resolved Resolve(Document doc, IReadOnlyList<MaskedSentence> sentences, CancellationToken ct)
    {
        var subject = ReportSubject(doc, sentences, ct);
        var drafts = new List<Building>();
        var of = new Dictionary<DraftMention, int>();
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            foreach (Match p in MaskedSentence.DraftPlaceholder().Matches(sentence.Text))
            {
                ct.ThrowIfCancellationRequested();
                var mention = sentence.Drafts[int.Parse(p.Groups[1].Value)];
                var features = Read(doc, sentence, p, subject);
                var draft = Choose(drafts, mention, features, sentence.Index);
                if (draft is null)
                {
                    draft = new Building(drafts.Count, mention.Kind, features.Traits & (DraftTraits.Rival | DraftTraits.Earlier)
                        | (features.Past ? DraftTraits.Recalled : DraftTraits.None));
                    var primary = Primary(drafts, mention.Kind);
                    if (primary is not null && draft.Traits.HasFlag(DraftTraits.Earlier)) draft.RevisedBy = primary.Index;
                    // Another owner's draft on the same matter is an alternative to the one in play; a rival only if the words say so.
                    else if (primary is not null && (draft.Traits.HasFlag(DraftTraits.Rival) || features.Owners.Count + features.Groups.Count > 0)
                        && Compatible(primary.Subject, features.Subject))
                        draft.AlternativeTo = primary.Index;
                    drafts.Add(draft);
                }
                Merge(draft, features, sentence.Index);
                draft.Mentions.Add(mention);
                of[mention] = draft.Index;
            }
        }
        // A rival named before the draft it rivals ("China tabled its own text ... Japan's draft") rivals the report's first other draft.
        foreach (var rival in drafts.Where(d => d.Traits.HasFlag(DraftTraits.Rival) && d.AlternativeTo is null))
            rival.AlternativeTo = drafts.FirstOrDefault(d => d != rival && d.Kind == rival.Kind && (d.Traits & (DraftTraits.Rival | DraftTraits.Earlier)) == 0
                && Compatible(d.Subject, rival.Subject))?.Index;
        var reportForum = ReportForum(doc);
        return new Resolved(drafts.Select(d => new ReportDraft(d.Index, d.Kind, d.Mentions, d.Owners, d.Groups, d.Subject ?? subject,
            d.Forum ?? reportForum, d.Traits, d.Number) { AlternativeTo = d.AlternativeTo, RevisedBy = d.RevisedBy }).ToList(), of, subject);
    }

    /// <summary>The draft an existing entry of the report that the mention speaks of, or null for a new one.</summary>
    private static Building? Choose(List<Building> drafts, DraftMention mention, Features f, int sentence)
    {
        var mine = drafts.Where(d => d.Kind == mention.Kind && Compatible(d.Subject, f.Subject) && Compatible(d.Number, f.Number)
            && Compatible(d.Forum, f.Forum)).ToList();
        if (f.Traits.HasFlag(DraftTraits.Earlier)) return mine.FirstOrDefault(d => d.Traits.HasFlag(DraftTraits.Earlier));
        mine.RemoveAll(d => d.Traits.HasFlag(DraftTraits.Earlier));
        if (f.Number is not null && mine.FirstOrDefault(d => d.Number == f.Number) is { } numbered) return numbered;
        if (f.Number is not null && f.Past) return null; // a resolution of the past the report recalls is not the draft in play
        if (f.Owners.Count + f.Groups.Count > 0)
        {
            var owned = mine.FirstOrDefault(d => d.Owners.Intersect(f.Owners).Any() || d.Groups.Intersect(f.Groups).Any());
            if (owned is not null) return owned;
            // "a rival text ... Russia's draft": the rival the report had not yet given an owner.
            if (mine.LastOrDefault(d => d.Traits.HasFlag(DraftTraits.Rival) && d is { Owners.Count: 0, Groups.Count: 0 }) is { } rival) return rival;
            if (f.Traits.HasFlag(DraftTraits.Rival)) return null;
            // "a resolution ... The draft, put forward by France": the unowned draft in play takes its owners.
            var focus = mine.Where(d => d.LastSentence >= sentence - 1).MaxBy(d => d.LastSentence);
            if (focus is { Owners.Count: 0, Groups.Count: 0 } && !focus.Traits.HasFlag(DraftTraits.Rival)) return focus;
            var unowned = mine.FirstOrDefault(d => d is { Owners.Count: 0, Groups.Count: 0 } && !d.Traits.HasFlag(DraftTraits.Rival));
            return unowned is not null && mine.All(d => d == unowned || d.Owners.Count + d.Groups.Count == 0) ? unowned : null;
        }
        if (f.Traits.HasFlag(DraftTraits.Rival))
            return mine.LastOrDefault(d => d.Traits.HasFlag(DraftTraits.Rival));
        if (mine.Where(d => d.LastSentence == sentence).LastOrDefault() is { } here) return here;
        // Of the drafts the sentence before named, the one named by the same word ("the resolution"), else the first it named.
        var before = mine.Where(d => d.LastSentence == sentence - 1).ToList();
        if ((before.FirstOrDefault(d => d.Mentions.Any(m => m.Term == mention.Term)) ?? before.FirstOrDefault()) is { } previous) return previous;
        return Primary(mine, mention.Kind) ?? mine.LastOrDefault();
    }

    private static Building? Primary(IEnumerable<Building> drafts, DraftKind kind) =>
        drafts.FirstOrDefault(d => d.Kind == kind && (d.Traits & (DraftTraits.Rival | DraftTraits.Earlier)) == 0);

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    private static void Merge(Building d, Features f, int sentence)
    {
        foreach (var o in f.Owners.Concat(f.Added)) if (!d.Owners.Contains(o)) d.Owners.Add(o);
        foreach (var g in f.Groups) if (!d.Groups.Contains(g)) d.Groups.Add(g);
        d.Subject ??= f.Subject;
        d.Forum ??= f.Forum;
        d.Number ??= f.Number;
        d.Traits |= f.Traits & DraftTraits.Revised;
        d.LastSentence = sentence;
    }

    /// <summary>What the words around one mention say: owners, subject, forum, number and traits.</summary>
    private static Features Read(Document doc, MaskedSentence sentence, Match placeholder, string? reportSubject)
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
        var traits = Traits(LastWords(window, 3) + " " + term);

        void Actor(int placeholderIndex, bool owning, List<string>? into = null)
        {
            var actor = doc.SpeakingFor(sentence.Actors[placeholderIndex].ActorId);
            if (Council.Forums.Contains(actor.Id)) { forum ??= actor.Id; return; }
            if (actor.Id == "united-nations") return; // "a U.N. draft" names where, not whose
            if (actor.Kind is not (ActorKind.State or ActorKind.Organization)) return;
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
                var i = int.Parse(a.Groups[1].Value);
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
                foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(s.Groups["list"].Value)) Actor(int.Parse(a.Groups[1].Value), true);
        }
        // "Russia and China had proposed an alternative text": the draft's authors are the verb's subject (not the object of a
        // preposition: "the sponsors of a draft on Libya circulated a revised text").
        if (AuthorsBefore().Match(before) is { Success: true } authors)
            foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(authors.Groups["list"].Value)) Actor(int.Parse(a.Groups[1].Value), true);
        if (OwnerAfter().Match(after) is { Success: true } oa)
            foreach (Match a in MaskedSentence.ActorPlaceholder().Matches(oa.Groups["list"].Value)) Actor(int.Parse(a.Groups[1].Value), true, added);
        if (SubjectAfter().Match(after) is { Success: true } sa && State(doc, sentence, int.Parse(sa.Groups["s"].Value)) is { } about)
        {
            subject = about;
            owners.Remove(about);
            added.Remove(about);
        }
        // "The General Assembly on Thursday adopted a resolution": the body that acts on the draft.
        if (forum is null && ForumActs().Match(before) is { Success: true } fs && sentence.Actors[int.Parse(fs.Groups["f"].Value)].ActorId is var acting
            && Council.Forums.Contains(acting)) forum = acting;
        if (ForumAfter().Match(after) is { Success: true } fa && sentence.Actors[int.Parse(fa.Groups["f"].Value)].ActorId is var f
            && Council.Forums.Contains(f)) forum ??= f;
        string? number = null;
        if (MentionOf(sentence, placeholder).Kind == DraftKind.Resolution
            && NumberAfter().Match(doc.Text, mentionSpan.End) is { Success: true } n && n.Index == mentionSpan.End)
            number = n.Groups[1].Value;
        var past = number is not null && LooksBack().IsMatch(doc.Text[sentence.Span.Start..sentence.Span.End]);
        return new Features(owners, added, groups, subject, forum, traits, number, past);
    }

    private static DraftMention MentionOf(MaskedSentence sentence, Match placeholder) => sentence.Drafts[int.Parse(placeholder.Groups[1].Value)];

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    private static DraftTraits Traits(string words) =>
        (RivalWord().IsMatch(words) ? DraftTraits.Rival : 0)
        | (RevisedWord().IsMatch(words) ? DraftTraits.Revised : 0)
        | (EarlierWord().IsMatch(words) ? DraftTraits.Earlier : 0);

    private static string? State(Document doc, MaskedSentence sentence, int placeholderIndex)
    {
        var actor = doc.SpeakingFor(sentence.Actors[placeholderIndex].ActorId);
        return actor.Kind == ActorKind.State ? actor.Id : null;
    }

    /// <summary>
    /// The state the report's drafts are about, where the report says so somewhere: "sanctions on Iran", "a resolution
    /// condemning Syria", "Pyongyang's missile tests", the title. Permanent members count half: they are named as the
    /// drafts' authors and voters far more often than as their targets.
    /// </summary>
    private static string? ReportSubject(Document doc, IReadOnlyList<MaskedSentence> sentences, CancellationToken ct)
    {
        var score = new Dictionary<string, double>();
        void Add(string? id, double points)
        {
            if (id is null) return;
            score[id] = score.GetValueOrDefault(id) + (Council.PermanentMembers.Contains(id) ? points / 2 : points);
        }
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            foreach (Match m in SubjectContext().Matches(sentence.Text)) Add(State(doc, sentence, int.Parse(m.Groups["s"].Value)), 2);
            foreach (Match m in SubjectPossessive().Matches(sentence.Text)) Add(State(doc, sentence, int.Parse(m.Groups["s"].Value)), 2);
            for (var i = 0; i < sentence.Actors.Count; i++) if (!sentence.Actors[i].Pronoun) Add(State(doc, sentence, i), 0.2);
        }
        if (doc.Report.Metadata.Title is { } title)
            for (var i = 0; i < title.Length; i++)
                if ((i == 0 || !char.IsLetterOrDigit(title[i - 1])) && doc.Index.Match(title, i) is { } m)
                {
                    if (doc.Index.Actors.TryGetValue(m.ActorId, out var a) && a.Kind == ActorKind.State) Add(a.Id, 1);
                    i = m.End - 1;
                }
        var best = score.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Value >= 2 ? best.Key : null;
    }

    /// <summary>The body most of the report's drafts go to: the forum the report names most, the Security Council on a tie.</summary>
    private static string? ReportForum(Document doc) =>
        doc.Mentions.Where(m => Council.Forums.Contains(m.ActorId)).GroupBy(m => m.ActorId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key == "un-security-council" ? 0 : 1).Select(g => g.Key).FirstOrDefault()
        ?? (doc.Mentions.Any(m => m.ActorId == "united-nations") ? "un-security-council" : null);

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
    [GeneratedRegex(@"\b(?:sanctions?|sanctioning|pressure|action|measures|condemning|condemn|condemns|punish|punishing|targeting|resolutions?)\s+(?:on|against|over|condemning|targeting)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}?⟦A(?<s>\d+)⟧|⟦D\d+⟧\s+(?:on|against|over|condemning|targeting|censuring)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}?⟦A(?<s>\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SubjectContext();
    [GeneratedRegex(@"⟦A(?<s>\d+)⟧['’]s\s+(?:[\p{Ll}\-]+\s+)?(?:nuclear|missile|missiles|weapons|crackdown|regime|annexation|referendum|tests?|launch(?:es)?|programme|program|enrichment|elections?|security\s+forces|human\s+rights|territorial|sovereignty|uprising|conflict|civil\s+war)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SubjectPossessive();
    [GeneratedRegex(@"\b(?:rival|alternative|competing|counter|own|separate|opposing|counter-draft)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex RivalWord();
    [GeneratedRegex(@"\b(?:revised|amended|softened|watered-down|updated|reworked|redrafted|modified|toned-down|diluted)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex RevisedWord();
    [GeneratedRegex(@"\b(?:earlier|previous|original|initial|older|prior)\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex EarlierWord();
    [GeneratedRegex(@"\b(?:last\s+(?:month|year|week|autumn|spring|summer|winter)|earlier\s+(?:this|that)\s+(?:month|year)|previous|prior|months?\s+ago|years?\s+ago|in\s+(?:19|20)\d\d|already\s+in\s+force|had\s+(?:adopted|passed|voted|imposed))\b", RegexOptions.IgnoreCase, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex LooksBack();
}
