namespace Graph.Core.Seed;

public static class Seeder
{
    /// <summary>
    /// Loads the dataset unless this exact version was loaded before. A changed dataset is applied
    /// again, adding only what is new: every create skips ids already stored, so nothing is duplicated
    /// and curated changes to seeded nodes survive.
    /// </summary>
    /// <summary>The marker under which a dataset's fingerprint is kept once it is loaded.</summary>
    public static string MarkerKey(Dataset dataset) => "seed:" + dataset.Name;

    public static async Task<bool> EnsureAsync(IGraphStore store, Dataset dataset, CancellationToken ct = default)
    {
        var key = MarkerKey(dataset);
        if (await store.GetMarkerAsync(key, ct) == dataset.Fingerprint)
            return false;
        await store.ApplyAsync([.. dataset.ToWrites(), new SetMarker(key, dataset.Fingerprint)], ct);
        return true;
    }
}
