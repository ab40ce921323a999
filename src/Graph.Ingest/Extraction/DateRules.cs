using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Ingest;

/// <summary>
/// Date expressions resolved against the report's date: weekdays (the nearest such day on or before
/// the report's date, or after it when the clause looks forward: "begins ... Saturday"), today,
/// yesterday, tomorrow, calendar dates ("July 5th", "5 July 2006", "Oct. 9"), and last, this or next
/// week (as ISO weeks). A report without a date gets no resolved dates.
/// </summary>
internal static partial class DateRules
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4, ["may"] = 5,
        ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9,
        ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    [GeneratedRegex(@"\b(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)|(?<wk>(?:[Ll]ast|[Tt]his|[Nn]ext)\s+week)|(?<md>(?<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?)|(?<dm>(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?<y2>\d{4}))?))\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Expression();

    /// <summary>Words that make a clause look forward ("begins", "will"), from lexicon.json; built once per extractor.</summary>
    public static Regex ForwardWords(Lexicon lexicon) =>
        Patterns.Compiled($@"\b(?:{Extractor.Alternation(lexicon.ForwardWords)})\b");

    public static List<ExtractedDate> Find(Document doc, Regex forward, CancellationToken ct)
    {
        var found = new List<ExtractedDate>();
        if (doc.Report.Metadata.Date is not { } reported) return found;
        foreach (var sentence in doc.Layout.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            var text = doc.Text[sentence.Span.Start..sentence.Span.End];
            foreach (Match m in Expression().Matches(text))
            {
                var span = new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
                var (value, day) = Resolve(m, reported, () => LooksForward(text, m.Index, forward));
                if (value is not null) found.Add(new ExtractedDate(span, m.Value, value, day));
            }
        }
        return found;
    }

    // The clause before the expression (back to the last comma-free stretch of the sentence) says what time it speaks of.
    private static bool LooksForward(string sentence, int at, Regex forward)
    {
        var start = Math.Max(0, at - 90);
        return forward.IsMatch(sentence[start..at]) && !Backward().IsMatch(sentence[Math.Max(0, at - 25)..at]);
    }

    [GeneratedRegex(@"\b(?:last|ago|earlier|on)\s*$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Backward();

    private static (string? Value, DateOnly? Day) Resolve(Match m, DateOnly reported, Func<bool> forward)
    {
        if (m.Groups["wd"].Success)
        {
            var target = (DayOfWeek)((Array.IndexOf(Weekdays, m.Groups["wd"].Value) + 1) % 7);
            var back = ((int)reported.DayOfWeek - (int)target + 7) % 7;
            var day = forward() && back != 0 ? Shift(reported, 7 - back) : Shift(reported, -back);
            return day is null ? (null, null) : (Format(day.Value), day);
        }
        if (m.Groups["rel"].Success)
        {
            var day = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "yesterday" => Shift(reported, -1),
                "tomorrow" => Shift(reported, 1),
                _ => reported,
            };
            return day is null ? (null, null) : (Format(day.Value), day);
        }
        if (m.Groups["wk"].Success)
        {
            var offset = m.Groups["wk"].Value.ToLowerInvariant() switch { var w when w.StartsWith("last", StringComparison.Ordinal) => -7, var w when w.StartsWith("next", StringComparison.Ordinal) => 7, _ => 0 };
            if (Shift(reported, offset) is not { } inWeek) return (null, null);
            var day = inWeek.ToDateTime(TimeOnly.MinValue);
            return ($"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}", null);
        }
        var (month, dayOfMonth, year) = m.Groups["md"].Success
            ? (Months[m.Groups["m"].Value], int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null)
            : (Months[m.Groups["m2"].Value], int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture), m.Groups["y2"].Success ? int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture) : (int?)null);
        if (dayOfMonth < 1 || dayOfMonth > 31) return (null, null);
        // Without a year, the date nearest the report's: a report of January speaking of "Dec. 20" means the year before.
        var y = year ?? reported.Year;
        if (year is null && month - reported.Month > 6) y--;
        if (year is null && reported.Month - month > 6) y++;
        if (y < DateOnly.MinValue.Year || y > DateOnly.MaxValue.Year) return (null, null);
        if (dayOfMonth > DateTime.DaysInMonth(y, month)) return (null, null);
        var date = new DateOnly(y, month, dayOfMonth);
        return (Format(date), date);
    }

    // A day past either end of the calendar is left unresolved rather than the report refused: its own date is a
    // valid date everywhere else in the API, and the rest of the report reads as well as any other.
    private static DateOnly? Shift(DateOnly day, int days) =>
        day.DayNumber + days is var n && n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(n) : null;

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
