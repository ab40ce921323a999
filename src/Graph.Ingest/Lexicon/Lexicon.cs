using System.Text.Json;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// What the extractor reads by, loaded from data/ingest: the gazetteer (gazetteer.json) and the words
/// of furniture, titles, saying, stances and drafts (lexicon.json). Nothing here is in code.
/// </summary>
public sealed class Lexicon
{
    public required IReadOnlyList<GazetteerEntry> Gazetteer { get; init; }
    public required IReadOnlyList<string> Furniture { get; init; }
    public required IReadOnlyList<string> Titles { get; init; }
    public required IReadOnlySet<string> Feminine { get; init; }
    public required IReadOnlyList<string> NameParticles { get; init; }
    public required IReadOnlySet<string> NotNames { get; init; }
    public required IReadOnlyList<string> SpeechVerbs { get; init; }
    public required IReadOnlyList<(DraftKind Kind, string Term)> DraftTerms { get; init; }
    public required IReadOnlyDictionary<Stance, StanceWords> Stances { get; init; }
    public required IReadOnlyList<string> ForwardWords { get; init; }
    /// <summary>Verbs that, said of a draft ("sanctions will undermine ..."), state opposition to it.</summary>
    public required IReadOnlyList<string> HarmVerbs { get; init; }

    /// <summary>The folder beside the running program where the build copies data/ingest.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "ingest");

    public static Lexicon Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        var gazetteer = Read<GazetteerFile>(Path.Combine(folder, "gazetteer.json"));
        var words = Read<LexiconFile>(Path.Combine(folder, "lexicon.json"));
        return new Lexicon
        {
            Gazetteer = gazetteer.Actors.Select(a => new GazetteerEntry(a.Id, EnumNames.Parse<ActorKind>(a.Kind), a.Name,
                a.Aliases ?? [], a.Capitals ?? [], a.Demonyms ?? [], a.Contextual ?? [], a.PartOf)).ToList(),
            Furniture = words.Furniture,
            Titles = words.Titles,
            Feminine = words.Feminine.ToHashSet(),
            NameParticles = words.NameParticles,
            NotNames = words.NotNames.ToHashSet(),
            SpeechVerbs = words.SpeechVerbs,
            DraftTerms = words.Drafts.SelectMany(d => d.Terms.Select(t => (EnumNames.Parse<DraftKind>(d.Kind), t))).ToList(),
            Stances = words.Stances.ToDictionary(kv => EnumNames.Parse<Stance>(kv.Key), kv => kv.Value),
            ForwardWords = words.ForwardWords,
            HarmVerbs = words.HarmVerbs,
        };
    }

    private static T Read<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid: {e.Message}");
        }
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
}
