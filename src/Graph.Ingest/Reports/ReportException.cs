namespace Graph.Ingest;

/// <summary>A report that cannot be read, with the reason in words a user can act on.</summary>
public sealed class ReportException(string message) : Exception(message);
