using System.Text.Json;
using Graph.Core.Seed;

namespace Graph.Cli;

/// <summary>Reads a dataset file for a command, saying in one line why a file is not a dataset.</summary>
internal static class DatasetFile
{
    /// <summary>The July 2006 episode, copied beside the program.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json");

    public static Dataset Read(string path)
    {
        if (Directory.Exists(path)) throw new InvalidDataException($"{path}: is a folder, not a dataset file.");
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: no such file.");
        try
        {
            return Dataset.Load(path);
        }
        catch (InvalidDataException e) when (e.InnerException is JsonException json)
        {
            throw new InvalidDataException($"{path}: is not a dataset (a JSON object as in data/north-korea-sanctions-2006.json): {json.Message}");
        }
    }
}
