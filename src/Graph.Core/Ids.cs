using System.Text.RegularExpressions;

namespace Graph.Core;

/// <summary>Node ids are stable, human-readable lowercase slugs ("japan", "taro-aso"), unique across all labels.</summary>
public static partial class Ids
{
    public const int MaxLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(id);

    public static string Require(string? id, string field)
    {
        if (string.IsNullOrEmpty(id))
            throw new GraphException(ErrorCodes.BadUserInput, $"'{field}' is required.");
        if (!IsValid(id))
            throw new GraphException(ErrorCodes.BadUserInput,
                $"'{field}' must be a lowercase slug of letters, digits and single hyphens (at most {MaxLength} characters), got '{id}'.");
        return id;
    }

    /// <summary>Makes a slug from free text ("Taro Aso" -> "taro-aso"), for generated ids.</summary>
    public static string Slugify(string text)
    {
        var slug = NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
