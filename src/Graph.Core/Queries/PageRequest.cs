using System.Text;

namespace Graph.Core;

/// <summary>A request for one page: at most <see cref="First"/> items after the item the cursor names.</summary>
public sealed record PageRequest(int First, string? After)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>The offset the cursor stands for; a cursor is opaque to users, so a bad one is bad input.</summary>
    public int Offset => After is null ? 0 : Cursors.Decode(After) + 1;

    public static PageRequest Of(int? first, string? after)
    {
        var size = first ?? DefaultSize;
        if (size < 0)
            throw new GraphException(ErrorCodes.BadUserInput, $"'first' must be between 0 and {MaxSize}, got {size}.");
        if (size > MaxSize)
            throw new GraphException(ErrorCodes.PageSizeExceeded, $"'first' must be between 0 and {MaxSize}, got {size}: ask for pages of at most {MaxSize} and follow 'endCursor'.");
        var request = new PageRequest(size, after);
        _ = request.Offset; // validates the cursor now, before any store call
        return request;
    }
}

public static class Cursors
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    public static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text[Prefix.Length..], out var offset) && offset >= 0)
                return offset;
        }
        catch (FormatException) { }
        throw new GraphException(ErrorCodes.BadUserInput, $"'after' is not a cursor this API issued: '{cursor}'.");
    }
}
