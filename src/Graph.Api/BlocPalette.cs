using Graph.Core.Coalitions;

namespace Graph.Api;

/// <summary>
/// The one rule for bloc colours, which the map (through the API's blocColours), the exports and the notebook all
/// follow: the n-th bloc of a view, in the order the API lists its blocs, takes the n-th colour. No red: red is the
/// map's opposes line.
/// </summary>
public static class BlocPalette
{
    public static readonly IReadOnlyList<string> Colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];

    /// <summary>The colour of an actor in no bloc.</summary>
    public const string NoBloc = "#888888";

    /// <summary>The colours of an actor with no line in a view, and of a draft.</summary>
    public const string Uncommitted = "#e0e0e0", Draft = "#f5f5f5";

    /// <summary>Each bloc with its colour, in the order the blocs are listed.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Assign(IReadOnlyList<Bloc> blocs) =>
        blocs.Select((b, i) => KeyValuePair.Create(b.Id, At(i))).ToList();

    /// <summary>The colour of an actor in a bloc, by the same rule as <see cref="Assign"/>; <see cref="NoBloc"/> for none.</summary>
    public static string Of(IReadOnlyList<Bloc> blocs, string? blocId)
    {
        for (var i = 0; blocId is not null && i < blocs.Count; i++)
            if (blocs[i].Id == blocId) return At(i);
        return NoBloc;
    }

    private static string At(int index) => Colours[index % Colours.Count];
}
