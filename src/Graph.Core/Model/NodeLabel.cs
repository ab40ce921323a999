namespace Graph.Core;

// The graph's vocabulary. Enum members map to UPPER_SNAKE_CASE names in the data file,
// in the embedded store and in GraphQL (see EnumNames).

public enum NodeLabel { Actor, Draft, Statement, Alliance, Source }

public static class NodeLabels
{
    /// <summary>"an actor", "a draft": for messages that name what an id points to.</summary>
    public static string WithArticle(this NodeLabel label) =>
        label is NodeLabel.Actor or NodeLabel.Alliance ? $"an {label.ToString().ToLowerInvariant()}" : $"a {label.ToString().ToLowerInvariant()}";
}

/// <summary>Whether a node or fact was entered by people (curated) or read out of a report by the extractor.</summary>
public enum Origin { Curated, Extracted }
