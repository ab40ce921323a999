using System.Diagnostics;
using Graph.Core;
using Graph.Core.Seed;
using Graph.Ingest;
using Graph.Store.Embedded;

namespace Graph.Bench;

/// <summary>
/// How fast reports are read: extraction alone on one core (no store), and whole ingestion (extraction plus the one
/// transaction per report) into a fresh seeded embedded database, as `graph ingest` does it.
/// </summary>
public static class Ingestion
{
    private static readonly string SeedDataset = Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json");

    public sealed record Corpus(IReadOnlyList<Report> Reports, IReadOnlyList<string> Folders)
    {
        /// <summary>Each report's size in UTF-8 bytes, in the order of <see cref="Reports"/>; counted once, not in the timed loop.</summary>
        public IReadOnlyList<int> Bytes { get; } = Reports.Select(r => System.Text.Encoding.UTF8.GetByteCount(r.Text)).ToList();
        public double MeanBytes => Bytes.Average();
    }

    public sealed record ExtractionResult(int Reports, double Seconds, long Bytes, Stats PerReport, double IndexBuildMs)
    {
        public double ReportsPerSecond => Reports / Seconds;
        public double BytesPerSecond => Bytes / Seconds;
        /// <summary>The unit: reports of about 3 KB (3,000 bytes) per second.</summary>
        public double ThreeKbReportsPerSecond => BytesPerSecond / 3000;
    }

    /// <param name="CpuSeconds">The process's CPU time over the timed rounds (every thread: the collector's too), which moves less
    /// than the wall time on a machine shared with other work.</param>
    public sealed record IngestResult(int Reports, double Seconds, Stats PerReport, int Rounds, double CpuSeconds)
    {
        public double ReportsPerSecond => Reports / Seconds;
        public double CpuMsPerReport => CpuSeconds * 1000 / Reports;
    }

    /// <summary>The project's own reports, and the seed reports when their folder is given (or found beside the repository).</summary>
    public static Corpus Load(string repositoryRoot, string? seedsFolder)
    {
        var folders = new List<string> { Path.Combine(repositoryRoot, "data", "ingest", "reports") };
        seedsFolder ??= Path.Combine(repositoryRoot, "..", "shared", "seeds");
        if (Directory.Exists(seedsFolder)) folders.Add(Path.GetFullPath(seedsFolder));
        var reports = folders.SelectMany(ReportReader.Files)
            .Select(f => ReportReader.Parse(f, File.ReadAllBytes(f), new ReportMetadata(Date: new DateOnly(2006, 7, 10))))
            .ToList();
        return new Corpus(reports, folders);
    }

    /// <summary>
    /// Extraction only, the process pinned to one core for the measurement (so the figure is a one-core figure,
    /// garbage collection included): the corpus over and over, in order, after a warm-up.
    /// </summary>
    public static ExtractionResult MeasureExtraction(Corpus corpus, double seconds)
    {
        var lexicon = Lexicon.Load();
        var build = Stopwatch.StartNew();
        var index = ActorIndex.Build(lexicon, Dataset.Load(SeedDataset));
        var indexMs = build.Elapsed.TotalMilliseconds;
        var extractor = new Extractor(lexicon);

        // The bench reads /proc elsewhere, so it runs on Linux; the guard only tells the analyser so.
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("the one-core extraction benchmark pins the process with Linux affinity");
        var process = Process.GetCurrentProcess();
        var affinity = process.ProcessorAffinity;
        process.ProcessorAffinity = 1;
        try
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < Math.Min(2, seconds / 4))
                foreach (var report in corpus.Reports) extractor.Extract(report, index);

            var stats = new Stats();
            long bytes = 0;
            var count = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
                for (var i = 0; i < corpus.Reports.Count; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var found = extractor.Extract(corpus.Reports[i], index);
                    stats.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0);
                    // Uses the result, so the work cannot be skipped.
                    if (found.Mentions.Count < 0) throw new UnreachableException();
                    bytes += corpus.Bytes[i];
                    count++;
                }
            return new ExtractionResult(count, clock.Elapsed.TotalSeconds, bytes, stats, indexMs);
        }
        finally
        {
            process.ProcessorAffinity = affinity;
        }
    }

    /// <summary>
    /// The corpus ingested into a fresh database seeded with the sample episode, round after round (a fresh database each
    /// round, since a report already ingested adds nothing); only the IngestAsync calls are timed.
    /// </summary>
    public static async Task<IngestResult> MeasureIngestAsync(Corpus corpus, double seconds, string workFolder)
    {
        var dataset = Dataset.Load(SeedDataset);
        var lexicon = Lexicon.Load();
        var stats = new Stats();
        var timed = TimeSpan.Zero;
        var cpuTime = TimeSpan.Zero;
        var rounds = 0;
        Directory.CreateDirectory(workFolder);
        while (rounds < 2 || timed.TotalSeconds < seconds)
        {
            var database = Path.Combine(workFolder, $"ingest-{rounds}.db");
            try
            {
                using (var store = new SqliteGraphStore(database))
                {
                    await store.InitializeAsync();
                    await Seeder.EnsureAsync(store, dataset);
                    var ingestor = new Ingestor(store, lexicon);
                    var cpu = Environment.CpuUsage.TotalTime;
                    foreach (var report in corpus.Reports)
                    {
                        var started = Stopwatch.GetTimestamp();
                        var result = await ingestor.IngestAsync(report);
                        var elapsed = Stopwatch.GetElapsedTime(started);
                        if (result.AlreadyIngested) throw new InvalidOperationException($"{report.Name} was already in a fresh database");
                        if (rounds > 0) { stats.Add(elapsed.TotalMilliseconds, 0); timed += elapsed; } // round 0 warms up
                    }
                    if (rounds > 0) cpuTime += Environment.CpuUsage.TotalTime - cpu;
                }
            }
            finally
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
            }
            rounds++;
        }
        return new IngestResult(stats.Count, timed.TotalSeconds, stats, rounds - 1, cpuTime.TotalSeconds);
    }

    /// <summary>
    /// The corpus ingested into a copy of a big database (the large preset's), round after round. Each round's reports are
    /// new texts (a furniture line naming the round, which extraction skips), so every round reads, matches drafts against
    /// the graph's and writes as a user's next folder would; only the IngestAsync calls are timed, round 0 warms up.
    /// </summary>
    public static async Task<IngestResult> MeasureIngestIntoAsync(Corpus corpus, string database, double seconds, string workFolder)
    {
        Directory.CreateDirectory(workFolder);
        var copy = Path.Combine(workFolder, "ingest-large.db");
        File.Copy(database, copy, overwrite: true);
        var lexicon = Lexicon.Load();
        var stats = new Stats();
        var timed = TimeSpan.Zero;
        var cpuTime = TimeSpan.Zero;
        var rounds = 0;
        try
        {
            using var store = new SqliteGraphStore(copy);
            await store.InitializeAsync();
            var ingestor = new Ingestor(store, lexicon);
            while (rounds < 2 || timed.TotalSeconds < seconds)
            {
                var cpu = Environment.CpuUsage.TotalTime;
                foreach (var report in corpus.Reports)
                {
                    var text = $"{report.Text}\n\nCopyright round {rounds}\n";
                    var fresh = ReportReader.FromText(report.Name, text, report.Metadata);
                    var started = Stopwatch.GetTimestamp();
                    var result = await ingestor.IngestAsync(fresh);
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    if (result.AlreadyIngested) throw new InvalidOperationException($"{report.Name} was already in the database");
                    if (rounds > 0) { stats.Add(elapsed.TotalMilliseconds, 0); timed += elapsed; }
                }
                if (rounds > 0) cpuTime += Environment.CpuUsage.TotalTime - cpu;
                rounds++;
            }
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(copy + suffix);
        }
        return new IngestResult(stats.Count, timed.TotalSeconds, stats, rounds - 1, cpuTime.TotalSeconds);
    }
}
