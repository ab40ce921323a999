using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>What a report's drafts are about and which body they go to, where a mention of a draft does not say.</summary>
internal static partial class ReportScope
{
    /// <summary>
    /// The state the report's drafts are about, where the report says so somewhere: "sanctions on Iran", "a resolution
    /// condemning Syria", "Pyongyang's missile tests", the title. Permanent members count for less: they are named as the
    /// drafts' authors and voters far more often than as their targets.
    /// </summary>
    public static string? Subject(Document doc, IReadOnlyList<MaskedSentence> sentences, CancellationToken ct)
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
            foreach (Match m in SubjectContext().Matches(sentence.Text)) Add(StateAt(doc, sentence, int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture)), 2);
            foreach (Match m in SubjectPossessive().Matches(sentence.Text)) Add(StateAt(doc, sentence, int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture)), 2);
            for (var i = 0; i < sentence.Actors.Count; i++) if (!sentence.Actors[i].Pronoun) Add(StateAt(doc, sentence, i), 0.2);
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
    public static string? Forum(Document doc) =>
        doc.Mentions.Where(m => Council.Forums.Contains(m.ActorId)).GroupBy(m => m.ActorId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key == "un-security-council" ? 0 : 1).Select(g => g.Key).FirstOrDefault()
        ?? (doc.Mentions.Any(m => m.ActorId == "united-nations") ? "un-security-council" : null);

    /// <summary>The state an actor placeholder of the sentence stands for (a person: the state they speak for), or null.</summary>
    public static string? StateAt(Document doc, MaskedSentence sentence, int placeholderIndex)
    {
        var actor = doc.SpeakingFor(sentence.Actors[placeholderIndex].ActorId);
        return actor.Kind == ActorKind.State ? actor.Id : null;
    }

    [GeneratedRegex(@"\b(?:sanctions?|sanctioning|pressure|action|measures|condemning|condemn|condemns|punish|punishing|targeting|resolutions?)\s+(?:on|against|over|condemning|targeting)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}?⟦A(?<s>\d+)⟧|⟦D\d+⟧\s+(?:on|against|over|condemning|targeting|censuring)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}?⟦A(?<s>\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SubjectContext();
    [GeneratedRegex(@"⟦A(?<s>\d+)⟧['’]s\s+(?:[\p{Ll}\-]+\s+)?(?:nuclear|missile|missiles|weapons|crackdown|regime|annexation|referendum|tests?|launch(?:es)?|programme|program|enrichment|elections?|security\s+forces|human\s+rights|territorial|sovereignty|uprising|conflict|civil\s+war)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SubjectPossessive();
}
