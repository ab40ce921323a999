using System.Globalization;
using Graph.Ingest;

namespace Graph.Cli;

/// <summary>`graph extract REPORT`: shows what the extractor reads in one report, writing nothing.</summary>
internal static class ExtractCommand
{
    public static async Task<int> RunAsync(string path, ReportMetadata metadata, bool withSeedGraph, TextWriter output)
    {
        if (Directory.Exists(path)) throw new ReportException($"{path}: is a folder; extract reads one report file (ingest reads folders).");
        var lexicon = Lexicon.Load();
        var report = await ReportReader.ReadFileAsync(path, metadata);
        var found = new Extractor(lexicon).Extract(report, Evaluate.Index(lexicon, withSeedGraph));
        string Name(string id) => found.Actors.TryGetValue(id, out var a) ? a.Name : id;
        output.WriteLine($"{report.Name}: {report.Metadata.Outlet ?? "no outlet"}, {report.Metadata.Title ?? "no title"}, {report.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}");
        foreach (var p in found.Layout.Paragraphs.Where(p => p.IsFurniture))
            output.WriteLine($"furniture  [{p.Span.Start}-{p.Span.End}] {report.Text[p.Span.Start..p.Span.End]}");
        output.WriteLine($"mentions   {string.Join(", ", found.Mentions.Select(m => $"{m.Text}→{m.ActorId}"))}");
        foreach (var p in found.People)
            output.WriteLine($"person     [{p.Span.Start}-{p.Span.End}] {Name(p.PersonId)} ({p.PersonId}) {p.Title ?? "-"} of {(p.RepresentsId is { } r ? Name(r) : "?")} ({p.Rule})");
        foreach (var s in found.Statements)
            output.WriteLine($"{(s.Kind == Graph.Core.StatementKind.Quote ? "quote" : "reported"),-10} [{s.Span.Start}-{s.Span.End}] {Name(s.SpeakerId)}{(s.ViaId is { } v ? $" via {Name(v)}" : "")}{(s.Date is { } d ? $" on {d:yyyy-MM-dd}" : "")}: {s.Text} ({s.Rule}, {s.Confidence:0.00})");
        output.WriteLine($"subject    {(found.SubjectId is { } subject ? Name(subject) : "-")}");
        foreach (var d in found.Drafts)
            output.WriteLine($"draft      D{d.Index} {d.Kind} \"{report.Text[d.First.Span.Start..d.First.Span.End]}\" ×{d.Mentions.Count} owners [{string.Join(", ", d.Owners.Select(Name).Concat(d.OwnerGroups))}]" +
                $" on {(d.SubjectId is { } s ? Name(s) : "?")} in {(d.ForumId is { } f ? Name(f) : "?")}{(d.Number is { } n ? $" no. {n}" : "")}" +
                $"{(d.Traits != DraftTraits.None ? $" {d.Traits}" : "")}{(d.AlternativeTo is { } alt ? $" alternative to D{alt}" : "")}{(d.RevisedBy is { } by ? $" revised by D{by}" : "")}" +
                $"; named {string.Join(", ", d.Mentions.Select(m => $"\"{report.Text[m.Span.Start..m.Span.End]}\" [{m.Span.Start}]"))}");
        foreach (var s in found.Stances)
            output.WriteLine($"stance     {Name(s.ActorId)} {s.Stance} D{s.DraftIndex} {s.Draft} ({s.Rule}, {s.Confidence:0.00}) [{s.Evidence.Start}-{s.Evidence.End}]");
        foreach (var v in found.Votes)
            output.WriteLine($"vote       D{v.Draft} {v.Result} {v.Date:yyyy-MM-dd} {v.Yes?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{v.No?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{v.Abstain?.ToString(CultureInfo.InvariantCulture) ?? "?"} ({v.Rule}); " +
                string.Join(", ", v.Ballots.Select(b => $"{Name(b.ActorId)} {b.Choice}{(b.Veto ? " (veto)" : "")}")));
        foreach (var d in found.Dates) output.WriteLine($"date       [{d.Span.Start}-{d.Span.End}] {d.Text} = {d.Value}");
        foreach (var n in found.Notes) output.WriteLine($"note       {n}");
        return 0;
    }
}
