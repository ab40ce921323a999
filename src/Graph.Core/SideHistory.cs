namespace Graph.Core;

/// <summary>One position (or a ballot as the position it amounts to) reduced to what a side needs.</summary>
public readonly record struct SideSpan(string ActorId, string DraftId, int Side, DateOnly? Since, DateOnly? Until, string Id)
{
    public static SideSpan Of(Position position) =>
        new(position.ActorId, position.DraftId, Sides.Of(position), position.Since, position.Until, position.Id);
}

/// <summary>
/// Every actor's sides of every draft over time, numbered and sorted once, so that the <see cref="AgreementCounts"/> of any
/// window, and of each day of a timeline, are one pass over integers rather than a grouping of positions. The counts are
/// <see cref="AgreementCounts.Of"/>'s (the tests pin them): the side in a window is the latest span overlapping it.
/// </summary>
public sealed class SideHistory
{
    private readonly IReadOnlyList<string> actors, drafts;
    // Parallel arrays sorted by (draft, actor, since with an undated span earliest, id): each (draft, actor) is one run, its
    // latest span last; drafts in runs of their own, actors in ordinal order within them.
    private readonly int[] draftOf, actorOf, since, until;
    private readonly sbyte[] side;

    private SideHistory(IReadOnlyList<string> actors, IReadOnlyList<string> drafts, int[] draftOf, int[] actorOf, int[] since, int[] until, sbyte[] side) =>
        (this.actors, this.drafts, this.draftOf, this.actorOf, this.since, this.until, this.side) = (actors, drafts, draftOf, actorOf, since, until, side);

    /// <summary>How many spans the history holds.</summary>
    public int Count => side.Length;

    public static SideHistory Of(IEnumerable<SideSpan> spans, CancellationToken ct = default)
    {
        var all = spans as IReadOnlyList<SideSpan> ?? spans.ToList();
        var actorNumbers = new Numbering();
        var draftNumbers = new Numbering();
        var numbered = new (int Actor, int Draft)[all.Count];
        for (var i = 0; i < all.Count; i++) numbered[i] = (actorNumbers.Of(all[i].ActorId), draftNumbers.Of(all[i].DraftId));
        var (actors, actorRank) = actorNumbers.InOrder();
        var (drafts, draftRank) = draftNumbers.InOrder();
        ct.ThrowIfCancellationRequested();

        var keys = new long[all.Count];
        var order = new int[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            keys[i] = ((long)draftRank[numbered[i].Draft] << 32) | (uint)actorRank[numbered[i].Actor];
            order[i] = i;
        }
        Array.Sort(keys, order);
        // Within a (draft, actor) run, by since then id: runs are short, so sorting each one alone is cheap.
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(order, start, end - start, Comparer<int>.Create((x, y) => Compare(all[x], all[y])));
            start = end;
        }
        ct.ThrowIfCancellationRequested();

        var n = all.Count;
        var (draftOf, actorOf, sinceOf, untilOf, sideOf) = (new int[n], new int[n], new int[n], new int[n], new sbyte[n]);
        for (var i = 0; i < n; i++)
        {
            var span = all[order[i]];
            (draftOf[i], actorOf[i]) = ((int)(keys[i] >> 32), (int)keys[i]);
            sinceOf[i] = span.Since?.DayNumber ?? int.MinValue;
            untilOf[i] = span.Until?.DayNumber ?? int.MaxValue;
            sideOf[i] = (sbyte)span.Side;
        }
        return new SideHistory(actors, drafts, draftOf, actorOf, sinceOf, untilOf, sideOf);
    }

    /// <summary><see cref="Sides.Latest"/>'s order: by since, an undated span earliest, then by id.</summary>
    private static int Compare(SideSpan x, SideSpan y)
    {
        var bySince = (x.Since ?? DateOnly.MinValue).CompareTo(y.Since ?? DateOnly.MinValue);
        return bySince != 0 ? bySince : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>The counts of the spans overlapping from..to (<see cref="Dates.Overlaps"/>), of every actor or only of those given.</summary>
    public AgreementCounts Counts(DateOnly? from, DateOnly? to, IReadOnlyCollection<string>? actorIds = null, CancellationToken ct = default)
    {
        var (first, last) = (from?.DayNumber ?? int.MinValue, to?.DayNumber ?? int.MaxValue);
        var wanted = Wanted(actorIds);
        var tally = new DayTally(actors.Count, drafts.Count);
        var sidesOfDraft = new List<(int Actor, sbyte Side)>();
        for (var start = 0; start < side.Length;)
        {
            ct.ThrowIfCancellationRequested();
            var end = SidesOf(start, first, last, wanted, sidesOfDraft);
            tally.Add(draftOf[start], sidesOfDraft, +1);
            start = end;
        }
        return tally.Counts(actors, drafts);
    }

    /// <summary>
    /// For each of the days, in ascending order, <see cref="Counts"/> of that day alone, of every actor. The first day is
    /// counted in full; each later one from the day before, by taking back and counting again only the drafts with a span
    /// that begins or ends between the two (no other draft's sides can differ).
    /// </summary>
    public IEnumerable<AgreementCounts> CountsOfDays(IReadOnlyList<DateOnly> days, CancellationToken ct = default)
    {
        var tally = new DayTally(actors.Count, drafts.Count);
        var sidesOfDraft = new List<(int Actor, sbyte Side)>();
        // Where each draft's spans start in the arrays (one run per draft), and one past the last.
        var starts = new List<int>();
        for (var k = 0; k < side.Length; k++)
            if (k == 0 || draftOf[k] != draftOf[k - 1]) starts.Add(k);
        starts.Add(side.Length);
        int? before = null;
        foreach (var date in days)
        {
            var day = date.DayNumber;
            if (before > day) throw new ArgumentException("The days must be in ascending order.", nameof(days));
            for (var r = 0; r + 1 < starts.Count; r++)
            {
                ct.ThrowIfCancellationRequested();
                var (start, end) = (starts[r], starts[r + 1]);
                if (before is { } previous)
                {
                    if (!ChangesBetween(start, end, previous, day)) continue;
                    SidesOf(start, previous, previous, null, sidesOfDraft);
                    tally.Add(draftOf[start], sidesOfDraft, -1);
                }
                SidesOf(start, day, day, null, sidesOfDraft);
                tally.Add(draftOf[start], sidesOfDraft, +1);
            }
            before = day;
            yield return tally.Counts(actors, drafts);
        }
    }

    /// <summary>Whether a span of start..end begins or ends within (after, day]: only then can its draft's sides differ.</summary>
    private bool ChangesBetween(int start, int end, int after, int day)
    {
        for (var k = start; k < end; k++)
            if (since[k] > after && since[k] <= day || until[k] > after && until[k] <= day) return true;
        return false;
    }

    /// <summary>
    /// The sides on the draft whose spans begin at start, over first..last: each actor's latest overlapping span (of the
    /// wanted actors, or all). Returns where the next draft's spans begin.
    /// </summary>
    private int SidesOf(int start, int first, int last, bool[]? wanted, List<(int Actor, sbyte Side)> sidesOfDraft)
    {
        var draft = draftOf[start];
        sidesOfDraft.Clear();
        var i = start;
        for (; i < side.Length && draftOf[i] == draft; i++)
        {
            var actor = actorOf[i];
            var runEnd = i;
            while (runEnd + 1 < side.Length && draftOf[runEnd + 1] == draft && actorOf[runEnd + 1] == actor) runEnd++;
            if (wanted is null || wanted[actor])
                for (var k = runEnd; k >= i; k--) // the latest overlapping span of the run is its side
                    if (since[k] <= last && until[k] > first)
                    {
                        sidesOfDraft.Add((actor, side[k]));
                        break;
                    }
            i = runEnd;
        }
        return i;
    }

    /// <summary>The pairs, actors and drafts of the sides counted so far; a draft's sides can be taken back (weight -1).</summary>
    private sealed class DayTally(int actorCount, int draftCount)
    {
        private readonly PairTally pairs = new(actorCount);
        private readonly int[] draftsOfActor = new int[actorCount];
        private readonly bool[] draftSeen = new bool[draftCount];

        public void Add(int draft, List<(int Actor, sbyte Side)> sides, int weight)
        {
            if (sides.Count == 0) return;
            draftSeen[draft] = weight > 0;
            for (var x = 0; x < sides.Count; x++)
            {
                draftsOfActor[sides[x].Actor] += weight;
                for (var y = x + 1; y < sides.Count; y++)
                    pairs.Add(sides[x].Actor, sides[y].Actor, sides[x].Side == sides[y].Side, weight);
            }
        }

        public AgreementCounts Counts(IReadOnlyList<string> actors, IReadOnlyList<string> drafts)
        {
            var counted = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
            foreach (var (a, b, agree, disagree) in pairs.Counted()) counted[(actors[a], actors[b])] = (agree, disagree);
            return new AgreementCounts(Seen(actors, draftsOfActor.Select(n => n > 0).ToArray()), Seen(drafts, draftSeen), counted);
        }
    }

    /// <summary>The days within (from, to] on which a span begins or ends: the days a timeline over from..to changes.</summary>
    public IReadOnlyList<DateOnly> ChangesWithin(DateOnly from, DateOnly to)
    {
        var days = new SortedSet<int>();
        foreach (var bounds in new[] { since, until })
            foreach (var day in bounds)
                if (day > from.DayNumber && day <= to.DayNumber) days.Add(day);
        return days.Select(DateOnly.FromDayNumber).ToList();
    }

    /// <summary>The actors that have a span at all.</summary>
    public IReadOnlyList<string> ActorIds => actors;

    private bool[]? Wanted(IReadOnlyCollection<string>? actorIds)
    {
        if (actorIds is null) return null;
        var wanted = new bool[actors.Count];
        var numbers = new Dictionary<string, int>(actors.Count, StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++) numbers[actors[i]] = i;
        foreach (var id in actorIds)
            if (numbers.TryGetValue(id, out var number)) wanted[number] = true;
        return wanted;
    }

    private static List<string> Seen(IReadOnlyList<string> ids, bool[] seen)
    {
        var kept = new List<string>();
        for (var i = 0; i < ids.Count; i++)
            if (seen[i]) kept.Add(ids[i]);
        return kept;
    }
}
