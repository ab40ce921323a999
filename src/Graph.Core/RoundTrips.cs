namespace Graph.Core;

/// <summary>
/// Counts store round trips within a scope (one GraphQL request, one test). Adapters call
/// <see cref="Record"/> once per call that reaches the database; the API reports the count.
/// </summary>
public static class RoundTrips
{
    private static readonly AsyncLocal<Counter?> Current = new();

    public sealed class Counter
    {
        private int count;
        public int Count => Volatile.Read(ref count);
        internal void Increment() => Interlocked.Increment(ref count);
    }

    /// <summary>Starts counting for the current async flow and everything it awaits.</summary>
    public static Counter Begin() => Current.Value = new Counter();

    public static void Record() => Current.Value?.Increment();
}
