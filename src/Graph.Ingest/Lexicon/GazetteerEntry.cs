using Graph.Core;

namespace Graph.Ingest;

/// <summary>One entry of the gazetteer: a state, an organization or a news outlet, with every name a report may use.</summary>
public sealed record GazetteerEntry(
    string Id, ActorKind Kind, string Name,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> Capitals, IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Contextual, string? PartOf);

/// <summary>gazetteer.json as written; <see cref="Lexicon.Load"/> turns each actor into a <see cref="GazetteerEntry"/>.</summary>
internal sealed record GazetteerFile(List<GazetteerJson> Actors);

internal sealed record GazetteerJson(string Id, string Kind, string Name, List<string>? Aliases, List<string>? Capitals,
    List<string>? Demonyms, List<string>? Contextual, string? PartOf);
