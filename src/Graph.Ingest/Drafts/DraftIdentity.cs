using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>What the graph knows of a draft that bears on whether a report's draft is the same one.</summary>
public sealed record KnownDraft(Draft Draft, IReadOnlySet<string> Owners, DateOnly? First, DateOnly? Last, IReadOnlyList<DateOnly> VoteDates,
    IReadOnlyList<DraftRelation> Relations)
{
    public string? Number => DraftIdentity.NumberIn(Draft.Title);
}

/// <summary>
/// The rule that says when a draft a report speaks of is a draft the graph holds (one rule, for extracted and curated drafts
/// alike). They are one draft only if all of these hold:
/// <list type="number">
/// <item>the same kind and the same subject (drafts about different states are never one), and no different forum; a report
/// that names no subject for its draft matches a draft with an owner in common only;</item>
/// <item>where both have a number ("Resolution 1718"), the same number; the same number on the same subject settles it; a
/// resolution the report only recalls ("voted last month for Resolution 1970") is a draft voted on in the
/// <see cref="RecalledWithin"/> days before the report;</item>
/// <item>where both have owners (sponsors, proposers), at least one in common;</item>
/// <item>the report is dated within <see cref="Window"/> of the draft's known life (its positions, history and votes);</item>
/// <item>not voted on another day: a draft the graph holds a vote on is closed, and a report more than
/// <see cref="AfterVote"/> later that tells of no vote on that day speaks of a new draft, as does one telling of a vote on
/// another day.</item>
/// </list>
/// A report's rival text and the draft it rivals never map to one graph draft (each graph draft is taken once per report).
/// </summary>
public static partial class DraftIdentity
{
    public static readonly int Window = 45;
    public static readonly int AfterVote = 10;
    public static readonly int RecalledWithin = 90;

    /// <summary>Whether <paramref name="mention"/>, read in a report of <paramref name="reported"/> that tells of a vote on it on
    /// <paramref name="voted"/> (if any), is <paramref name="known"/>.</summary>
    public static bool Same(ReportDraft mention, DateOnly? reported, DateOnly? voted, KnownDraft known)
    {
        var draft = known.Draft;
        if (draft.Kind != mention.Kind) return false;
        // A report that does not say what its draft is about matches only by its owners.
        if (mention.SubjectId is null ? mention.Owners.Count == 0 : draft.SubjectId != mention.SubjectId) return false;
        if (mention.ForumId is not null && draft.ForumId is not null && mention.ForumId != draft.ForumId) return false;
        if (mention.Number is not null && known.Number is not null) return mention.Number == known.Number;
        // A recalled resolution is one voted on before the report, within a season of it.
        if (mention.Traits.HasFlag(DraftTraits.Recalled))
            return reported is { } when && known.VoteDates.Any(v => v < when && v.DayNumber >= when.DayNumber - RecalledWithin);
        if (mention.Owners.Count > 0 && known.Owners.Count > 0 && !mention.Owners.Any(known.Owners.Contains)) return false;
        if (mention.SubjectId is null && !mention.Owners.Any(known.Owners.Contains)) return false;
        if (reported is not { } day || known.First is not { } first || known.Last is not { } last) return false;
        if (!WithinWindow(day, first, last)) return false;
        if (voted is { } v && known.VoteDates.Count > 0 && !known.VoteDates.Any(k => SameVoteDay(k, v))) return false;
        if (voted is null && known.VoteDates.Count > 0 && known.VoteDates.Max() is var closed && day > closed.AddDays(AfterVote)) return false;
        return true;
    }

    /// <summary>Whether a stance makes its holder one of a draft's owners: sponsoring it or proposing it.</summary>
    public static bool Owns(Stance stance) => stance is Stance.Sponsors or Stance.Proposes;

    /// <summary>Whether <paramref name="day"/> falls within <see cref="Window"/> of a draft known from <paramref name="first"/> to
    /// <paramref name="last"/>: what a report of that day may speak of.</summary>
    public static bool WithinWindow(DateOnly day, DateOnly first, DateOnly last) =>
        day.DayNumber >= first.DayNumber - Window && day.DayNumber <= last.DayNumber + Window;

    /// <summary>Whether two days name one vote: a report dated in another time zone may put the vote on the next day.</summary>
    public static bool SameVoteDay(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber) <= 1;

    /// <summary>How well a draft that passes <see cref="Same"/> fits: owners in common first, then being a rival or not as the
    /// mention is, then nearness in time (distance in days, less is better).</summary>
    public static (int Owners, int Role, int Distance) Fit(ReportDraft mention, DateOnly? reported, KnownDraft known) =>
        (mention.Owners.Count(known.Owners.Contains),
         // A rival text is best matched to a draft the graph holds as a rival, the draft in play to one that is not.
         (known.Relations.Any(r => r.Kind == DraftRelationKind.AlternativeTo && r.FromId == known.Draft.Id) == mention.Traits.HasFlag(DraftTraits.Rival)) ? 1 : 0,
         reported is { } d && known.First is { } f && known.Last is { } l
             ? d < f ? f.DayNumber - d.DayNumber : d > l ? d.DayNumber - l.DayNumber : 0
             : int.MaxValue);

    /// <summary>A resolution's number as a title gives it ("Resolution 1718 on North Korea ...").</summary>
    public static string? NumberIn(string title) => Number().Match(title) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\bResolution\s+(\d{3,4}|\d{2}/\d{1,3})\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Number();
}
