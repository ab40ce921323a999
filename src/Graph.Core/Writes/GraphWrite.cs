namespace Graph.Core;

/// <summary>
/// One change to the graph. A batch of writes is applied in one transaction. Creates fail on an
/// existing id unless <see cref="CreateMode.SkipExisting"/> is asked for (used by seeding, so a
/// second start duplicates nothing and never overwrites curation).
/// </summary>
public abstract record GraphWrite;

public enum CreateMode { FailIfExists, SkipExisting }
