namespace Graph.Core;

/// <summary>Every write call is one transaction that either lands whole or not at all.</summary>
public interface IGraphWriter
{
    /// <summary>
    /// Applies the writes in one transaction. Throws <see cref="GraphException"/> and writes nothing on any failure; a
    /// refused write carries its <see cref="WriteRefusal"/>, worded by Core.
    /// </summary>
    Task ApplyAsync(IReadOnlyList<GraphWrite> writes, CancellationToken ct = default);
}
