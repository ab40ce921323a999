using System.Text.Json.Serialization;

namespace Graph.Ingest;

/// <summary>lexicon.json as written; <see cref="Lexicon.Load"/> reads it into a <see cref="Lexicon"/>.</summary>
internal sealed record LexiconFile(List<string> Furniture, List<string> Titles, List<string> Feminine,
    List<string> NameParticles, List<string> NotNames, List<string> SpeechVerbs, List<DraftJson> Drafts,
    Dictionary<string, StanceWords> Stances, List<string> ForwardWords, List<string> HarmVerbs);

internal sealed record DraftJson(string Kind, List<string> Terms);

/// <summary>The constructions that state one stance (see lexicon.json "stances").</summary>
public sealed record StanceWords(
    [property: JsonPropertyName("byAfter")] List<string>? ByAfter,
    [property: JsonPropertyName("subjectVerbs")] List<string>? SubjectVerbs,
    [property: JsonPropertyName("listAfter")] List<string>? ListAfter,
    [property: JsonPropertyName("compounds")] List<string>? Compounds,
    [property: JsonPropertyName("membership")] List<string>? Membership,
    [property: JsonPropertyName("possessiveNouns")] List<string>? PossessiveNouns,
    [property: JsonPropertyName("nounFrom")] List<string>? NounFrom);
