using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>One report while it is being read: its text, what has been found so far, and who is who.</summary>
internal sealed class Document
{
    private readonly bool[] covered;
    private readonly Dictionary<int, ExtractedMention> mentionAt = [];
    private readonly List<(int Position, string ActorId)> peopleInOrder = [];

    public Document(Report report, TextLayout layout, ActorIndex index)
    {
        Report = report;
        Layout = layout;
        Index = index;
        covered = new bool[report.Text.Length + 1];
    }

    public Report Report { get; }
    public string Text => Report.Text;
    public TextLayout Layout { get; }
    public ActorIndex Index { get; }
    /// <summary>Names that hold in this report only: the people it introduces and their surnames.</summary>
    public ActorIndex Local { get; } = new();
    public List<ExtractedMention> Mentions { get; } = [];
    public List<PersonIntroduction> People { get; } = [];
    public List<DraftMention> Drafts { get; } = [];
    public List<string> Notes { get; } = [];
    /// <summary>Spans that stand for one actor when sentences are read for who said and did what ("Japanese Foreign Minister Taro Aso").</summary>
    public List<(TextSpan Span, string ActorId)> Phrases { get; } = [];
    public Dictionary<string, KnownActor> Actors { get; } = new(StringComparer.Ordinal);

    public KnownActor Actor(string id) => Actors.TryGetValue(id, out var a) ? a : Index.Actors[id];

    public bool Covered(int position) => covered[position];

    public ExtractedMention? MentionAt(int position) => mentionAt.GetValueOrDefault(position);

    /// <summary>The actor, or for a person whose role the report or the graph gives, the state or body they speak for.</summary>
    public KnownActor SpeakingFor(string actorId) =>
        Actor(actorId) is { Kind: ActorKind.Person, RepresentsId: { } represents } ? Actor(represents) : Actor(actorId);

    public bool IsStateOrBody(string actorId) => Actor(actorId).Kind is ActorKind.State or ActorKind.Organization;

    public bool IsKnownPersonName(string name) =>
        (Index.Match(name, 0) ?? Local.Match(name, 0)) is { Kind: MentionKind.Person } m && m.End == name.Length;

    public Quotation? QuotationAt(int position) => Layout.Quotations.FirstOrDefault(q => q.Inner.Contains(position));

    public bool InQuotation(int position) => QuotationAt(position) is not null;

    public bool ShortQuotation(int position) => QuotationAt(position) is { } q && Words(Text[q.Inner.Start..q.Inner.End]) < Attribution.MinQuoteWords;

    public static int Words(string text) => Regex.Count(text, @"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*");

    public void AddMention(TextSpan span, string actorId, MentionKind kind, double confidence)
    {
        var mention = new ExtractedMention(span, Text[span.Start..span.End], actorId, kind, confidence);
        Mentions.Add(mention);
        mentionAt[span.Start] = mention;
        for (var i = span.Start; i < span.End; i++) covered[i] = true;
        if (!Actors.ContainsKey(actorId)) Actors[actorId] = Index.Actors.TryGetValue(actorId, out var known) ? known : Local.Actors[actorId];
        if (Actor(actorId).Kind == ActorKind.Person) peopleInOrder.Add((span.Start, actorId));
    }

    /// <summary>The person a pronoun at <paramref name="position"/> points back to: the last one named, of the pronoun's gender where known.</summary>
    public string? PersonBefore(int position, bool feminine)
    {
        (int At, string Id)? best = null, fallback = null;
        foreach (var (at, id) in peopleInOrder)
        {
            if (at >= position) continue;
            if (Actor(id).Feminine == feminine && (best is null || at > best.Value.At)) best = (at, id);
            if (fallback is null || at > fallback.Value.At) fallback = (at, id);
        }
        return (best ?? fallback)?.Id;
    }

    /// <summary>Records a person read from the text: a known one (by name, alias, or the stated misspelling rule) or a new one.</summary>
    public void AddPerson(TextSpan name, TextSpan phrase, string? title, string? representsId, string rule, double confidence, bool feminine)
    {
        var nameText = Text[name.Start..name.End];
        var actor = MentionAt(name.Start) is { Kind: MentionKind.Person } known && known.Span.End >= name.End ? Actor(known.ActorId) : null;
        if (actor is null && Local.Match(nameText, 0) is { } local && local.End == nameText.Length) actor = Actor(local.ActorId);
        if (actor is null && !Covered(name.Start))
        {
            var (match, ambiguous) = ActorIndex.ResolvePerson(Index.Actors.Values.Concat(Local.Actors.Values), nameText, representsId);
            if (match is not null)
            {
                // What this report learns is set on the index's own copy (the match may be the original's, read without copying).
                actor = Index.Actors.TryGetValue(match.Id, out var own) ? own : match;
                Notes.Add($"'{nameText}' read as {match.Name} ({match.Id}): the same name but for one letter.");
                confidence = Math.Min(confidence, 0.8);
            }
            else if (ambiguous)
            {
                Notes.Add($"'{nameText}' is one letter away from more than one known person; kept apart as a new person.");
            }
        }
        if (actor is null)
        {
            if (Covered(name.Start)) return;
            var slug = Ids.Slugify(ActorIndex.Normalize(nameText)); // "Alain Juppé" -> alain-juppe
            var id = slug;
            for (var n = 2; Index.Actors.ContainsKey(id) || Local.Actors.ContainsKey(id); n++) id = $"{slug}-{n}";
            actor = new KnownActor { Id = id, Kind = ActorKind.Person, Name = nameText };
            Local.Actors[id] = actor;
        }
        if (!Covered(name.Start)) AddMention(name, actor.Id, MentionKind.Person, confidence);
        actor.Feminine |= feminine;
        if (actor.RepresentsId is null && representsId is not null && actor.Id != representsId) actor.RepresentsId = representsId;
        if (actor.Title is null && title is not null) actor.Title = title;
        // Later references by full name, by family name, or "Mr. X".
        Local.Actors.TryAdd(actor.Id, actor);
        Local.Add(nameText, actor.Id, MentionKind.Person);
        var words = nameText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = words[^1];
        if (words.Length > 1 && surname.Length >= 3 && Index.Match(surname, 0) is null)
        {
            Local.Add(surname, actor.Id, MentionKind.Person);
            foreach (var honorific in Extractor.Honorifics) Local.Add($"{honorific} {surname}", actor.Id, MentionKind.Person);
        }
        Phrases.Add((phrase, actor.Id));
        People.Add(new PersonIntroduction(actor.Id, phrase, title, representsId ?? actor.RepresentsId, rule, confidence));
    }
}
