namespace Graph.Core;

/// <summary>
/// A whole store, as the composition root registers it: each consumer asks for the small ports it uses. A store that
/// has no native way to traverse or to count agreements composes <see cref="EdgeScanTraversal"/> or
/// <see cref="FactScanAlignment"/> explicitly instead.
/// </summary>
public interface IGraphStore : IGraphLifecycle, INodeReader, IDraftFinder, IActorFinder, IStatementFinder, IFactReader, IEdgeReader, IGraphTraversal, IAlignmentInput, IGraphWriter;
