using System.Text;

namespace Graph.Core;

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
