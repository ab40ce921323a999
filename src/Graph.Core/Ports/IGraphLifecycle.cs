namespace Graph.Core;

/// <summary>What the readiness check learns of a store.</summary>
public enum StoreHealth
{
    Ready,
    /// <summary>It does not answer (not up yet, the network, the file gone).</summary>
    Unreachable,
    /// <summary>It answers, but its check at start found its data damaged (<see cref="StoreCorruptException"/>).</summary>
    Corrupt,
}

/// <summary>Starting a store and asking after it: schema, readiness, and the markers a start leaves (the seed's fingerprint).</summary>
public interface IGraphLifecycle
{
    /// <summary>Creates or upgrades the schema. Throws <see cref="StoreUnusableException"/> when the store cannot be used as it
    /// is, <see cref="StoreCorruptException"/> when it opened but found its data damaged (it then reads what it can).</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Whether the store answers, and whether it found itself damaged when it started (the readiness check).</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default);

    /// <summary>The value last stored under a marker key (for example the seed's fingerprint), or null.</summary>
    Task<string?> GetMarkerAsync(string key, CancellationToken ct = default);
}
