using System.Text;

namespace Graph.Core;

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
