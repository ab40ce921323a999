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
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new GraphException(ErrorCodes.InvalidDate, $"Expected a date as YYYY-MM-DD, got '{text}'.");
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
