using System.Text.Json;

namespace Graph.Core;

/// <summary>The one spelling of enum values outside C#: UPPER_SNAKE_CASE (BACKS, PRESIDENTIAL_STATEMENT).</summary>
public static class EnumNames
{
    public static string ToName<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static T Parse<T>(string name) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
            if (ToName(value) == name)
                return value;
        throw new GraphException(ErrorCodes.BadUserInput,
            $"'{name}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Enum.GetValues<T>().Select(v => ToName(v)))}.");
    }
}
