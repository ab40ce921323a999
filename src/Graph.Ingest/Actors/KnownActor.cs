using Graph.Core;

namespace Graph.Ingest;

/// <summary>An actor the extractor knows of: from the graph, from the gazetteer, or new in this report.</summary>
public sealed class KnownActor
{
    public required string Id { get; init; }
    public required ActorKind Kind { get; init; }
    public required string Name { get; set; }
    public List<string> Aliases { get; } = [];
    /// <summary>Whether the graph already holds it (else ingestion creates it).</summary>
    public bool InGraph { get; set; }
    /// <summary>For a person: the state or organization it speaks for, and its title, where known.</summary>
    public string? RepresentsId { get; set; }
    public string? Title { get; set; }
    public bool Feminine { get; set; }

    public KnownActor Copy()
    {
        var copy = new KnownActor { Id = Id, Kind = Kind, Name = Name, InGraph = InGraph, RepresentsId = RepresentsId, Title = Title, Feminine = Feminine };
        copy.Aliases.AddRange(Aliases);
        return copy;
    }
}
