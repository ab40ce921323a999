namespace Graph.Core;

/// <summary>
/// The store cannot be used as it is: its file is not a database, cannot be read or written, or holds a schema this build
/// does not read. Unlike <see cref="ErrorCodes.StoreUnavailable"/>, trying again will not help until someone mends it.
/// The message is one line naming the file and the cause. An IOException, so a command line reports it as it does a file.
/// </summary>
public class StoreUnusableException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>The store opened, but its own check found its data damaged; what is intact can still be read.</summary>
public sealed class StoreCorruptException(string message) : StoreUnusableException(message);
