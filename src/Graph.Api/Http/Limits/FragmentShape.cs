namespace Graph.Api.Http.Limits;

/// <summary>Where a walk over fragments stands at a fragment.</summary>
internal enum FragmentVisit { New, Open, Done }

/// <summary>An operation or a fragment: what it holds itself, then (once <see cref="Expand"/>ed) with its spreads written out.</summary>
internal sealed class FragmentShape
{
    public int Fields;
    public readonly Dictionary<string, double> Spreads = [];
    /// <summary>Fields at the top (root fields, for an operation) by name, and the fragments spread there.</summary>
    public Dictionary<string, double> Top = [];
    public readonly Dictionary<string, double> TopSpreads = [];
    public FragmentVisit State;
    public int Chain;
    public double Expanded;

    /// <summary>Adds what the spread fragments hold, each already expanded (spreads of unknown fragments count nothing).</summary>
    public void Expand(Dictionary<string, FragmentShape> fragments)
    {
        Expanded = Fields;
        foreach (var (spread, count) in Spreads)
        {
            if (!fragments.TryGetValue(spread, out var child)) continue;
            Chain = Math.Max(Chain, child.Chain + 1);
            Expanded += count * child.Expanded;
        }
        var top = new Dictionary<string, double>(Top);
        foreach (var (spread, count) in TopSpreads)
            if (fragments.TryGetValue(spread, out var child))
                foreach (var (field, repeats) in child.Top) Add(top, field, count * repeats);
        Top = top;
    }

    public static void Add(Dictionary<string, double> counts, string key, double count) =>
        counts[key] = counts.GetValueOrDefault(key) + count;
}
