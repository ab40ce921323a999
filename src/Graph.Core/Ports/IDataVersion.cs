namespace Graph.Core;

/// <summary>
/// A number that moves whenever a committed write changes the store, whoever wrote it (this process or another), so that
/// what was computed from the store while the number stood can be reused until it moves.
/// </summary>
public interface IDataVersion
{
    /// <summary>The number now, or null when the store cannot tell: then nothing computed from it may be reused.</summary>
    long? Current();
}

/// <summary>For a store that cannot tell when it changed (Neo4j has no cheap mark of a commit): never reuse.</summary>
public sealed class UnknownDataVersion : IDataVersion
{
    public static UnknownDataVersion Instance { get; } = new();

    public long? Current() => null;
}
