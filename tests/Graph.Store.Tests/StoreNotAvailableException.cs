namespace Graph.Store.Tests;

/// <summary>Thrown by an adapter's test setup when there is nothing to test against; the tests then skip with this reason.</summary>
public sealed class StoreNotAvailableException(string reason) : Exception(reason);
