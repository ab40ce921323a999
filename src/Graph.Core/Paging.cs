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

/// <summary>What a page says about its place in the whole list, whatever its items are.</summary>
public interface IPageInfo
{
    int Count { get; }
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string CursorAt(int index);
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount) : IPageInfo
{
    public int Count => Items.Count;
    public bool HasNextPage => Offset + Items.Count < TotalCount;
    public bool HasPreviousPage => Offset > 0;
    public string CursorAt(int index) => Cursors.Encode(Offset + index);
}

public static class Pages
{
    /// <summary>Every item of a paged read, page after page of <see cref="PageRequest.MaxSize"/>.</summary>
    public static async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> read)
    {
        var items = new List<T>();
        for (string? after = null; ;)
        {
            var page = await read(new PageRequest(PageRequest.MaxSize, after));
            items.AddRange(page.Items);
            if (!page.HasNextPage || page.Items.Count == 0) return items;
            after = page.CursorAt(page.Items.Count - 1);
        }
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
