using System.Globalization;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// A title people recognise for a draft read from a report: what it is, what it is about, whose it is and when, as in
/// "Draft resolution on Iran (UK, France, Germany), December 2006" or "Rival draft resolution on Syria (Russia, China), October 2011".
/// </summary>
internal static class DraftTitles
{
    public static string Title(ExtractedReport found, ReportDraft draft)
    {
        var noun = draft.Kind switch
        {
            DraftKind.Resolution when draft.Number is { } n => $"Resolution {n}",
            DraftKind.Resolution => "Draft resolution",
            DraftKind.PresidentialStatement => "Presidential statement",
            DraftKind.PressStatement => "Press statement",
            _ => "Proposal",
        };
        if (draft.Traits.HasFlag(DraftTraits.Earlier)) noun = $"Earlier version of a {char.ToLowerInvariant(noun[0])}{noun[1..]}";
        else if (draft.Traits.HasFlag(DraftTraits.Rival) && draft.Number is null) noun = $"Rival {char.ToLowerInvariant(noun[0])}{noun[1..]}";
        var about = draft.SubjectId is { } s ? $" on {Name(found, s, false)}" : "";
        var owners = draft.Owners.Select(o => Name(found, o, true))
            .Concat(draft.OwnerGroups.Select(g => $"{char.ToUpperInvariant(g[0])}{g[1..]} states")).Distinct().ToList();
        var whose = owners.Count > 0 ? $" ({string.Join(", ", owners)})" : "";
        var when = found.Report.Metadata.Date is { } d ? $", {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}" : "";
        return $"{noun}{about}{whose}{when}";
    }

    /// <summary>An actor's name; a short form ("UK", "US") for a name of several words where the actor has one.</summary>
    private static string Name(ExtractedReport found, string id, bool brief)
    {
        if (!found.Actors.TryGetValue(id, out var actor)) return id;
        if (!brief || !actor.Name.Contains(' ')) return actor.Name;
        return actor.Aliases.FirstOrDefault(a => a.Length is 2 or 3 && a.All(char.IsUpper)) ?? actor.Name;
    }
}
