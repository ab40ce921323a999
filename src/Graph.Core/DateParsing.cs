using System.Globalization;

namespace Graph.Core;

public static class DateParsing
{
    /// <summary>Parses an ISO calendar date (YYYY-MM-DD) or says, naming the field, what was wrong.</summary>
    public static DateOnly Parse(string text, string field)
    {
        try { return Parse(text); }
        catch (GraphException) { throw new GraphException(ErrorCodes.InvalidDate, $"'{field}' must be a date as YYYY-MM-DD, got '{text}'."); }
    }

    /// <summary>Parses an ISO calendar date where the caller names the field (GraphQL names the argument).</summary>
    public static DateOnly Parse(string text)
    {
        if (TryParseDigits(text) is { } plain) return plain;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new GraphException(ErrorCodes.InvalidDate, $"Expected a date as YYYY-MM-DD, got '{text}'.");
    }

    /// <summary>
    /// YYYY-MM-DD of ASCII digits read by hand (stores read one for every dated row, and the culture-aware parser costs
    /// several times more); null for anything else, which the exact parser then decides, so both accept the same texts.
    /// </summary>
    private static DateOnly? TryParseDigits(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        int Digits(int start, int count)
        {
            var n = 0;
            for (var i = start; i < start + count; i++)
            {
                var d = text[i] - '0';
                if ((uint)d > 9) return -1;
                n = n * 10 + d;
            }
            return n;
        }
        int year = Digits(0, 4), month = Digits(5, 2), day = Digits(8, 2);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string InstantFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>An instant as stores keep it: UTC, ISO 8601, to the second (which sorts as the instants do).</summary>
    public static string FormatInstant(DateTimeOffset at) => at.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Refuses an interval whose end is not after its start (the end is the first day a fact no longer holds).</summary>
    public static void RequireOrder(DateOnly? since, DateOnly? until, string what)
    {
        if (since is not null && until is not null && until <= since)
            throw new GraphException(ErrorCodes.DateOrder,
                $"{what}: 'until' ({Format(until.Value)}) must be after 'since' ({Format(since.Value)}).");
    }
}
