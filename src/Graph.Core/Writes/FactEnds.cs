namespace Graph.Core;

/// <summary>Ends a position, membership or role (by its id) on the given date.</summary>
public sealed record EndFact(string Id, DateOnly Until) : GraphWrite;

/// <summary>Records a marker (key, value) in the same transaction as the other writes.</summary>
public sealed record SetMarker(string Key, string Value) : GraphWrite;
