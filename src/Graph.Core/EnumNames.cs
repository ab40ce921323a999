using System.Collections.Frozen;
using System.Text.Json;

namespace Graph.Core;

/// <summary>The one spelling of enum values outside C#: UPPER_SNAKE_CASE (BACKS, PRESIDENTIAL_STATEMENT).</summary>
public static class EnumNames
{
    public static string ToName<T>(T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name : Spell(value);

    public static T Parse<T>(string name) where T : struct, Enum
    {
        if (Names<T>.ByName.TryGetValue(name, out var value)) return value;
        throw new GraphException(ErrorCodes.BadUserInput,
            $"'{name}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Enum.GetValues<T>().Select(v => ToName(v)))}.");
    }

    private static string Spell<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    /// <summary>Each type's names, spelled once: stores parse one for every row they read.</summary>
    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, Spell);
        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
