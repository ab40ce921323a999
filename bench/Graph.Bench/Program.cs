using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Bench;
using Graph.Core;
using Graph.Store.Embedded;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length == 0 || args[0] is not ("generate" or "run" or "ingest" or "diagnose" or "proto-load" or "abuse" or "bodies"))
{
    Console.Error.WriteLine("""
        usage: Graph.Bench generate --preset small|large [--database PATH] [--seed N] [--batch N]
               Graph.Bench run      --preset small|large [--database PATH] [--seed N] [--batch N] [--requests N] [--seconds N]
                                    [--warmup N] [--clients N] [--throughput-seconds N] [--api-dll PATH] [--port N] [--regenerate]
                                    [--ingest-seconds N] [--seeds DIR]
               Graph.Bench ingest   [--ingest-seconds N] [--seeds DIR]
               Graph.Bench bodies   --preset small|large --question N [--seed N] [--requests N]
               Graph.Bench abuse    --preset small|large [--database PATH] [--seed N] [--heavy-clients N] [--heavy-seconds N] [--api-dll PATH]
        """);
    return 2;
}
var options = Options.Parse(args.Skip(1).ToArray());
var preset = Preset.Named(options.Get("preset", "small"));
var seed = options.Int("seed", 1);
var batch = options.Int("batch", 10_000);
var benchDir = Meta("BenchDir");
var database = Path.GetFullPath(options.Get("database", Path.Combine(benchDir, "data", $"{preset.Name}.db")));
var commandLine = "dotnet run -c Release --project bench/Graph.Bench -- " + string.Join(" ", args);

if (args[0] == "bodies")
{
    // The latency runs' requests for one question, one JSON body a line, for wrk by hand (BODIES=file wrk -s bench/wrk-bodies.lua).
    var question = Questions.For(new Plan(preset, seed)).Single(q => q.Number == options.Int("question", 1));
    foreach (var body in WrkLoad.Bodies(question, question.Draws(seed, options.Int("requests", Questions.DefaultDraws)))) Console.WriteLine(body);
    return 0;
}
if (args[0] == "diagnose")
{
    await Diagnose.RunAsync(new Plan(preset, seed), database, options.Has("skip-alignment"));
    return 0;
}
if (args[0] == "proto-load")
{
    await Diagnose.ProtoLoadAsync(new Plan(preset, seed), Path.Combine(benchDir, "data", $"proto-{preset.Name}.db"), batch, !options.Has("no-fts"));
    return 0;
}
var ingestSeconds = options.Double("ingest-seconds", 10);
var repositoryRoot = Path.GetFullPath(Path.Combine(benchDir, "..", ".."));
if (args[0] == "ingest")
{
    var rows = await IngestionRowsAsync();
    Console.WriteLine();
    Console.WriteLine($"Command: `{commandLine}`  ");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Bench.MemTotalGiB():0.0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    Console.WriteLine();
    Console.WriteLine("| measure | result | target | met |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var row in rows) Console.WriteLine($"| {row.Measure} | {row.Result} | {row.Target} | {row.Met} |");
    return 0;
}
if (args[0] == "abuse")
{
    if (!await Bench.IsGeneratedAsync(database, preset, seed)) Bench.PrintLoad(await Bench.GenerateAsync(preset, seed, database, batch, fresh: true), preset, database);
    var abusePort = FreePort();
    using var abuseApi = Bench.StartApi(options.Get("api-dll", Meta("GraphApiDll")), database, abusePort);
    using var abuseHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{abusePort}"), Timeout = TimeSpan.FromSeconds(120) };
    await Bench.WaitReadyAsync(abuseHttp, abuseApi, TimeSpan.FromSeconds(60));
    var report = await Abuse.RunAsync(new Plan(preset, seed), abuseHttp, abuseApi, options.Int("heavy-clients", 20), options.Double("heavy-seconds", 20), seed);
    Bench.Stop(abuseApi);
    Console.WriteLine();
    Console.WriteLine($"## Graph.Bench abuse, preset `{preset.Name}` (seed {seed})");
    Console.WriteLine();
    Console.WriteLine($"Command: `{commandLine}`  ");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Bench.MemTotalGiB():0.0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    Console.WriteLine();
    Console.Write(report);
    return 0;
}
if (args[0] == "generate")
{
    var result = await Bench.GenerateAsync(preset, seed, database, batch, fresh: true);
    Bench.PrintLoad(result, preset, database);
    return 0;
}

// ---- run ----
var output = new StringBuilder();
Generator.Result? load = null;
if (options.Has("regenerate") || !await Bench.IsGeneratedAsync(database, preset, seed))
    load = await Bench.GenerateAsync(preset, seed, database, batch, fresh: true);
else
    Console.WriteLine($"reusing {database} ({preset.Marker(seed)})");
if (load is not null) Bench.PrintLoad(load, preset, database);

var plan = new Plan(preset, seed);
var questions = Questions.For(plan);
// One list of arguments per question, read in order by the store, the .NET client and wrk (which cycles through it).
var requests = options.Int("requests", Questions.DefaultDraws);
var draws = questions.ToDictionary(q => q.Number, q => q.Draws(seed, requests));
var seconds = options.Double("seconds", 30);
var warmup = options.Int("warmup", 100);
var clients = options.Int("clients", 32);
var throughputSeconds = options.Double("throughput-seconds", 5);

// Direct: the same questions through IGraphStore and the core services, in this process.
Console.WriteLine($"direct store: {requests} requests per question (at most {seconds} s each) after {warmup} warm-up");
var direct = new Direct(new SqliteGraphStore(database));
var directStats = new Dictionary<int, Stats>();
foreach (var q in questions)
{
    directStats[q.Number] = await Bench.MeasureAsync(draws[q.Number], warmup, seconds, async (vars, ct) =>
    {
        var counter = RoundTrips.Begin();
        await q.AskStore(vars, direct, ct);
        return counter.Count;
    });
    Console.WriteLine($"  ({q.Number}) {q.Name}: {directStats[q.Number]}");
}
var benchPeak = Bench.ProcStatus(Environment.ProcessId, "VmHWM");

// HTTP: the API in its own process on loopback.
var apiDll = options.Get("api-dll", Meta("GraphApiDll"));
var port = options.Int("port", FreePort());
using var api = Bench.StartApi(apiDll, database, port);
// A run that fails part-way must not leave the API running with the database open.
AppDomain.CurrentDomain.UnhandledException += (_, _) => Bench.Stop(api);
var baseUrl = $"http://127.0.0.1:{port}";
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(310) };
await Bench.WaitReadyAsync(http, api, TimeSpan.FromSeconds(60));
var rssAfterStart = Bench.ProcStatus(api.Id, "VmRSS");
Console.WriteLine($"API ready at {baseUrl} (pid {api.Id}, RSS {rssAfterStart / 1024} MiB); HTTP: same questions");
var httpStats = new Dictionary<int, Stats>();
foreach (var q in questions)
{
    httpStats[q.Number] = await Bench.MeasureAsync(draws[q.Number], warmup, seconds, (vars, ct) => Bench.PostAsync(http, q.Query, vars, ct));
    Console.WriteLine($"  ({q.Number}) {q.Name}: {httpStats[q.Number]}");
}

// The same questions one at a time from wrk, a client that costs the shared cores little (not every request's answer is
// read, so the runs above are the ones that check answers).
var sequentialByWrk = new Dictionary<int, WrkLoad.Round>();
if (WrkLoad.Available())
    foreach (var q in questions.Where(q => q.Target is not null))
    {
        // The draws the store side measured, from the first: when time cuts wrk short too, both read the same prefix.
        sequentialByWrk[q.Number] = await WrkLoad.SequentialAsync(baseUrl + "/graphql", Path.Combine(benchDir, "..", "wrk-bodies.lua"),
            WrkLoad.Bodies(q, draws[q.Number].Take(Math.Max(1, directStats[q.Number].Count))), api.Id, Math.Min(seconds, 5));
        Console.WriteLine($"  ({q.Number}) by wrk, one connection: {sequentialByWrk[q.Number]}");
    }

// Throughput of (1) with N concurrent clients for a bounded time: by wrk where it is installed (a native client costs
// the shared cores far less than the server it measures), else by this process.
WrkLoad.Result? wrkLoad = null;
Throughput? throughput = null;
if (WrkLoad.Available())
{
    Console.WriteLine($"throughput: question (1), wrk, {clients} connections, rounds of {throughputSeconds} s until two agree within 5%");
    wrkLoad = await WrkLoad.RunAsync(baseUrl + "/graphql", Path.Combine(benchDir, "..", "wrk-bodies.lua"), WrkLoad.Bodies(questions[0], draws[questions[0].Number]), api.Id,
        threads: 2, connections: clients, throughputSeconds);
}
else
{
    Console.WriteLine($"throughput: question (1), {clients} concurrent clients in this process (no wrk on PATH), {throughputSeconds} s");
    throughput = await Bench.ThroughputAsync(http, questions[0], seed, clients, TimeSpan.FromSeconds(throughputSeconds));
    Console.WriteLine($"  {throughput}");
}
var apiPeak = Bench.ProcStatus(api.Id, "VmHWM");
var apiRss = Bench.ProcStatus(api.Id, "VmRSS");
Bench.Stop(api);
var ingestionRows = await IngestionRowsAsync();

// ---- the table ----
var dbBytes = new[] { "", "-wal", "-shm" }.Select(s => new FileInfo(database + s)).Where(f => f.Exists).Sum(f => f.Length);
output.AppendLine();
output.AppendLine($"## Graph.Bench, preset `{preset.Name}` (seed {seed})");
output.AppendLine();
output.AppendLine($"Command: `{commandLine}`  ");
output.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Bench.MemTotalGiB():0.0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}  ");
output.AppendLine($"Data: {preset.States} states, {preset.Officials} officials, {preset.Alliances} alliances, {preset.Drafts:N0} drafts, {preset.Statements:N0} statements, {preset.Positions:N0} positions, {preset.Sources:N0} reports; database {dbBytes / 1048576.0:0} MiB  ");
output.AppendLine($"Latency: {warmup} warm-up then up to {requests} sequential requests per question (at most {seconds} s each); arguments drawn with the data's skew (popular drafts and talkative actors asked about more). " +
    (sequentialByWrk.Count > 0 ? "A question's verdict (met) reads wrk's one-connection p50 and p99; the .NET client's errors count too, since it checks every answer."
        : "No wrk on PATH: a question's verdict (met) reads the .NET client's p50 and p99."));
output.AppendLine();
output.AppendLine("| measure | HTTP p50 | HTTP p95 | HTTP p99 | store p50 | store p95 | store p99 | HTTP/store (p50, p99) | by wrk, one connection: p50, p99, HTTP/store | round trips / request (HTTP) | n (HTTP/store), errors | target | met |");
output.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var q in questions)
{
    var h = httpStats[q.Number];
    var d = directStats[q.Number];
    // Each ratio divides by the store's figures over the draws that run asked too (each asks them in order from the first).
    var dh = d.First(h.Count);
    var ratio50 = h.P(50) / dh.P(50);
    var ratio99 = h.P(99) / dh.P(99);
    var r = sequentialByWrk.GetValueOrDefault(q.Number);
    // The store's figures the verdict divides by: over the draws wrk asked where it ran, else over the .NET client's.
    var store = r is not null ? d.First((int)Math.Min(r.Requests, int.MaxValue)) : dh;
    var byWrk = r is not null
        ? $"{Ms(r.P50Ms)}, {Ms(r.P99Ms)}, {r.P50Ms / store.P(50):0.00}x and {r.P99Ms / store.P(99):0.00}x ({r.Requests:N0} requests, max {Ms(r.MaxMs)}, {r.Errors} errors)" : "";
    // The verdict reads wrk's one-connection figures where wrk ran: the .NET client shares the two cores with the API, so
    // its tail is partly its own. Its run still counts for errors, since it is the one that reads and checks every answer.
    var (p50, p99, judge) = r is not null ? (r.P50Ms, r.P99Ms, "by wrk") : (h.P(50), h.P(99), "by the .NET client");
    var met = q.Target is { } t && t.MetBy(p50, p99, store.P(50), store.P(99)) && h.Errors == 0 && (r?.Errors ?? 0) == 0;
    var (target, verdict) = q.Target is { } set ? (set.ToString(), $"{(met ? "yes" : "**no**")} ({judge})") : ("none set", "");
    output.AppendLine($"| ({q.Number}) {q.Name} | {Ms(h.P(50))} | {Ms(h.P(95))} | {Ms(h.P(99))} | {Ms(d.P(50))} | {Ms(d.P(95))} | {Ms(d.P(99))} | {ratio50:0.00}x, {ratio99:0.00}x | {byWrk} | {h.MeanRoundTrips:0.#} (max {h.MaxRoundTrips}) | {h.Count}/{d.Count}, {h.Errors}/{d.Errors} | {target} | {verdict} |");
}
if (load is not null)
{
    var rate = load.Statements / load.StatementPhase.TotalSeconds;
    output.AppendLine($"| bulk load | {rate:N0} statements/s (statement phase, {load.StatementPhase.TotalSeconds:0.0} s); whole load {load.Writes:N0} writes in {load.Total.TotalSeconds:0.0} s = {load.Statements / load.Total.TotalSeconds:N0} statements/s overall | | | | | | | | | | >= 50,000 statements/s | {(load.Statements / load.Total.TotalSeconds >= 50_000 ? "yes" : "**no**")} |");
}
else
    output.AppendLine("| bulk load | (database reused: run `generate` or pass `--regenerate` to measure) | | | | | | | | | | >= 50,000 statements/s | |");
if (wrkLoad is { } w)
    output.AppendLine($"| throughput (1), wrk {w.Threads} threads, {w.Connections} connections, rounds of {w.RoundSeconds:0} s | steady (round {w.Rounds}): {w.Steady}; cold (round 1, just after the latency runs): {w.Cold} | | | | | | | | | | >= 3,000 requests/s | {(w.Steady.RequestsPerSecond >= 3000 ? "yes" : "**no**")} |");
else if (throughput is { } t)
    output.AppendLine($"| throughput (1), {clients} clients in the bench's process, {throughputSeconds:0} s | {t.RequestsPerSecond:N0} requests/s ({t.Count:N0} ok, {t.Errors} errors; under load p50 {Ms(t.Stats.P(50))}, p99 {Ms(t.Stats.P(99))}) | | | | | | | | | | >= 3,000 requests/s | {(t.RequestsPerSecond >= 3000 ? "yes" : "**no**")} |");
output.AppendLine($"| peak memory, API process | VmHWM {apiPeak / 1024.0:N0} MiB (RSS at ready {rssAfterStart / 1024.0:N0} MiB, at end {apiRss / 1024.0:N0} MiB); bench process (direct store) VmHWM {benchPeak / 1024.0:N0} MiB | | | | | | | | | | < 1.5 GB | {(apiPeak * 1024L < 1_500_000_000L ? "yes" : "**no**")} |");
foreach (var row in ingestionRows)
    output.AppendLine($"| {row.Measure} | {row.Result} | | | | | | | | | | {row.Target} | {row.Met} |");
Console.WriteLine(output.ToString());
var resultFile = Path.Combine(benchDir, "results", $"{preset.Name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
Directory.CreateDirectory(Path.GetDirectoryName(resultFile)!);
await File.WriteAllTextAsync(resultFile, output.ToString());
Console.WriteLine($"(also written to {resultFile})");
return 0;

// Reading reports: extraction alone on one core, then whole ingestion into a fresh seeded database.
async Task<List<(string Measure, string Result, string Target, string Met)>> IngestionRowsAsync()
{
    var corpus = Ingestion.Load(repositoryRoot, options.Has("seeds") ? options.Get("seeds", "") : null);
    Console.WriteLine($"reading reports: {corpus.Reports.Count} reports (mean {corpus.MeanBytes:N0} bytes) from {string.Join(", ", corpus.Folders)}");
    var extraction = Ingestion.MeasureExtraction(corpus, ingestSeconds);
    Console.WriteLine($"  extraction, one core: {extraction.ReportsPerSecond:N0} reports/s; {extraction.PerReport}");
    var ingest = await Ingestion.MeasureIngestAsync(corpus, ingestSeconds, Path.Combine(benchDir, "data", "ingest"));
    Console.WriteLine($"  ingestion into a seeded database: {ingest.ReportsPerSecond:N0} reports/s; {ingest.CpuMsPerReport:0.00} CPU-ms per report; {ingest.PerReport}");
    // Into the large preset's database, where it has been generated (`run --preset large` writes it).
    var large = Path.Combine(benchDir, "data", "large.db");
    Ingestion.IngestResult? big = null;
    if (File.Exists(large))
    {
        big = await Ingestion.MeasureIngestIntoAsync(corpus, large, ingestSeconds, Path.Combine(benchDir, "data", "ingest"));
        Console.WriteLine($"  ingestion into the large preset's database: {big.ReportsPerSecond:N0} reports/s; {big.CpuMsPerReport:0.00} CPU-ms per report; {big.PerReport}");
    }
    var bigRow = big is null
        ? ("ingestion into the large preset's database", "not measured: run `run --preset large` first to generate it", ">= 100 reports/s", "")
        : ($"ingestion into the large preset's database (1,000,000 statements; {big.Rounds} rounds of new texts)",
            $"{big.ReportsPerSecond:N0} reports/s; per report p50 {Ms(big.PerReport.P(50))}, p99 {Ms(big.PerReport.P(99))}; {big.CpuMsPerReport:0.00} CPU-ms per report",
            ">= 100 reports/s", big.ReportsPerSecond >= 100 ? "yes" : "**no**");
    return
    [
        ($"extraction of reports, one core ({corpus.Reports.Count} reports, mean {corpus.MeanBytes:N0} bytes, {extraction.Reports:N0} extractions in {extraction.Seconds:0.0} s)",
            $"{extraction.ReportsPerSecond:N0} reports/s = {extraction.BytesPerSecond / 1024:N0} KiB/s = {extraction.ThreeKbReportsPerSecond:N0} reports of 3 KB/s; per report p50 {Ms(extraction.PerReport.P(50))}, p99 {Ms(extraction.PerReport.P(99))}; actor index built once in {Ms(extraction.IndexBuildMs)}",
            ">= 200 reports of about 3 KB/s", extraction.ThreeKbReportsPerSecond >= 200 ? "yes" : "**no**"),
        ($"ingestion into a fresh seeded database (extraction + one transaction per report, {ingest.Rounds} rounds)",
            $"{ingest.ReportsPerSecond:N0} reports/s; per report p50 {Ms(ingest.PerReport.P(50))}, p99 {Ms(ingest.PerReport.P(99))}; {ingest.CpuMsPerReport:0.00} CPU-ms per report",
            "none set", ""),
        bigRow,
    ];
}

static string Ms(double ms) => ms >= 100 ? $"{ms:0} ms" : $"{ms:0.00} ms";

static string Meta(string key) => typeof(Plan).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

static int FreePort()
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

namespace Graph.Bench
{
    public sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--")) throw new ArgumentException($"unexpected argument '{args[i]}'");
                var key = args[i][2..];
                values[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--") ? args[++i] : "true";
            }
            return new Options(values);
        }

        public bool Has(string key) => values.ContainsKey(key);
        public string Get(string key, string fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        public int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        public double Double(string key, double fallback) => values.TryGetValue(key, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
    }

    public sealed class Stats
    {
        private readonly List<double> ms = [];
        private readonly List<int> roundTrips = [];
        public int Errors { get; set; }
        public int Count => ms.Count;
        public string? FirstError { get; set; }

        public void Add(double elapsedMs, int trips) { lock (ms) { ms.Add(elapsedMs); roundTrips.Add(trips); } }

        /// <summary>The first <paramref name="count"/> samples (all of them when there are fewer): a sequential run's first draws.</summary>
        public Stats First(int count)
        {
            if (count >= ms.Count) return this;
            var first = new Stats { Errors = Errors, FirstError = FirstError };
            for (var i = 0; i < count; i++) first.Add(ms[i], roundTrips[i]);
            return first;
        }

        public double P(double p)
        {
            if (ms.Count == 0) return double.NaN;
            var sorted = ms.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }

        public double MeanRoundTrips => roundTrips.Count == 0 ? double.NaN : roundTrips.Average();
        public int MaxRoundTrips => roundTrips.Count == 0 ? 0 : roundTrips.Max();

        public override string ToString() =>
            $"n={Count} p50={P(50):0.00} ms p95={P(95):0.00} ms p99={P(99):0.00} ms max={P(100):0.0} ms round trips {MeanRoundTrips:0.#} (max {MaxRoundTrips}) errors={Errors}" +
            (FirstError is null ? "" : $" first error: {FirstError}");
    }

    public sealed record Throughput(int Count, int Errors, double Seconds, Stats Stats)
    {
        public double RequestsPerSecond => Count / Seconds;
        public override string ToString() => $"{RequestsPerSecond:N0} requests/s ({Count} ok, {Errors} errors in {Seconds:0.0} s); {Stats}";
    }

    public static class Bench
    {
        /// <summary>Per request: the same limit as the API's (Graph:Limits:TimeoutSeconds, 10 s).</summary>
        public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

        /// <summary>For the sequential latency runs: long enough that a request is never abandoned while the server still works on it.</summary>
        public static readonly TimeSpan SequentialTimeout = TimeSpan.FromSeconds(300);

        public static async Task<bool> IsGeneratedAsync(string database, Preset preset, int seed)
        {
            if (!File.Exists(database)) return false;
            using var store = new SqliteGraphStore(database);
            await store.InitializeAsync();
            return await store.GetMarkerAsync("bench") == preset.Marker(seed);
        }

        public static async Task<Generator.Result> GenerateAsync(Preset preset, int seed, string database, int batch, bool fresh)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            if (fresh)
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    File.Delete(database + suffix);
            Console.WriteLine($"generating preset '{preset.Name}' (seed {seed}) into {database}, {batch} writes per transaction");
            var planClock = Stopwatch.StartNew();
            var plan = new Plan(preset, seed);
            Console.WriteLine($"  plan in {planClock.Elapsed.TotalSeconds:0.0} s; pairs {plan.DraftPairs.Sum():N0}, largest draft {plan.DraftPairs.Max()} states, median {plan.DraftPairs.Order().ElementAt(plan.DraftPairs.Length / 2)}");
            using var store = new SqliteGraphStore(database);
            await store.InitializeAsync();
            var result = await new Generator(plan, store, batch, Console.Out).RunAsync(CancellationToken.None);
            Console.WriteLine($"  peak RSS of the generator: {ProcStatus(Environment.ProcessId, "VmHWM") / 1024} MiB");
            return result;
        }

        public static void PrintLoad(Generator.Result r, Preset preset, string database) =>
            Console.WriteLine($"""
                loaded '{preset.Name}' into {database}
                  {r.Writes:N0} writes in {r.Batches} transactions, {r.Total.TotalSeconds:0.0} s ({r.Writes / r.Total.TotalSeconds:N0} writes/s)
                  statements: {r.Statements:N0} in {r.StatementPhase.TotalSeconds:0.0} s = {r.Statements / r.StatementPhase.TotalSeconds:N0} statements/s (statement phase); {r.Statements / r.Total.TotalSeconds:N0} statements/s over the whole load
                  positions: {r.Positions:N0}
                """);

        /// <summary>Warm-up on the first draws, then the draws in order until they run out or the time does.</summary>
        public static async Task<Stats> MeasureAsync(IReadOnlyList<JsonObject> draws, int warmup, double seconds,
            Func<JsonObject, CancellationToken, Task<int>> ask)
        {
            var stats = new Stats();
            var budget = Stopwatch.StartNew();
            for (var i = 0; i < warmup && budget.Elapsed.TotalSeconds < seconds / 3; i++)
            {
                var one = Stopwatch.StartNew();
                // A question slower than the whole budget: its first answer is the measurement (warm enough: the JIT has run).
                if (i == 0 && warmup > 0)
                {
                    var first = new Stats();
                    await Once(draws[0], ask, first);
                    if (one.Elapsed.TotalSeconds >= seconds / 3) return first;
                    continue;
                }
                await Once(draws[i % draws.Count], ask, null);
            }
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < draws.Count && clock.Elapsed.TotalSeconds < seconds; i++)
                await Once(draws[i], ask, stats);
            return stats;

            async Task Once(JsonObject vars, Func<JsonObject, CancellationToken, Task<int>> f, Stats? into)
            {
                // Sequential requests wait for the answer (the API's own 10 s limit answers TIMEOUT): a client that gave up
                // earlier would leave CPU-bound work running in the server and overlap the next request.
                using var cts = new CancellationTokenSource(SequentialTimeout);
                var started = Stopwatch.GetTimestamp();
                var trips = 0;
                try
                {
                    trips = await f(vars, cts.Token);
                }
                catch (Exception e)
                {
                    if (into is not null) { into.Errors++; into.FirstError ??= $"{vars.ToJsonString()}: {e.GetType().Name}: {Trim(e.Message)}"; }
                }
                into?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, trips);
            }
        }

        private static string Trim(string s) => s.Length > 200 ? s[..200] + "..." : s;

        /// <summary>One GraphQL POST; returns extensions.storeRoundTrips; throws on an HTTP or GraphQL error.</summary>
        public static async Task<int> PostAsync(HttpClient http, string query, JsonObject variables, CancellationToken ct)
        {
            var body = new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }.ToJsonString();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await http.SendAsync(request, ct);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.TryGetProperty("errors", out var errors))
                throw new InvalidOperationException(errors.ToString());
            return doc.RootElement.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32();
        }

        public static async Task<Throughput> ThroughputAsync(HttpClient http, Question q, int seed, int clients, TimeSpan duration)
        {
            var stats = new Stats();
            var ok = 0;
            var errors = 0;
            var clock = Stopwatch.StartNew();
            var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var random = new Random(seed * 100_000 + c);
                while (clock.Elapsed < duration)
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var cts = new CancellationTokenSource(RequestTimeout);
                        var trips = await PostAsync(http, q.Query, q.Variables(random), cts.Token);
                        stats.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, trips);
                        Interlocked.Increment(ref ok);
                    }
                    catch
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            })).ToList();
            await Task.WhenAll(tasks);
            return new Throughput(ok, errors, clock.Elapsed.TotalSeconds, stats);
        }

        public static Process StartApi(string apiDll, string database, int port)
        {
            if (!File.Exists(apiDll)) throw new FileNotFoundException($"the API is not built: {apiDll} (build with -c Release, or pass --api-dll)");
            var start = new ProcessStartInfo("dotnet", [apiDll])
            {
                WorkingDirectory = Path.GetDirectoryName(apiDll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["Graph__Database"] = database;
            start.Environment["Graph__Seed"] = "";
            start.Environment["Graph__ApiKeys"] = "bench-" + Guid.NewGuid().ToString("n");
            // Every request runs: the questions measure the work, and their skewed arguments repeat, so kept answers
            // (the API's default) would measure the cache instead; bench/peers.sh measures both.
            start.Environment["Graph__Limits__AnswerCacheBytes"] = "0";
            start.Environment["Urls"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("[api] " + e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }

        public static async Task WaitReadyAsync(HttpClient http, Process api, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < limit)
            {
                if (api.HasExited) throw new InvalidOperationException($"the API exited ({api.ExitCode}) before it was ready");
                try
                {
                    using var response = await http.GetAsync("/ready");
                    if (response.IsSuccessStatusCode) return;
                }
                catch (HttpRequestException) { }
                await Task.Delay(100);
            }
            Stop(api);
            throw new TimeoutException("the API was not ready in time");
        }

        public static void Stop(Process api)
        {
            if (api.HasExited) return;
            api.Kill(); // this process started it; only it, by its id
            api.WaitForExit(10_000);
        }

        /// <summary>A /proc/PID/status field in KiB (VmHWM: peak resident set; VmRSS: current).</summary>
        public static long ProcStatus(int pid, string field)
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(field + ":"))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return -1;
        }

        public static double MemTotalGiB()
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:"));
            return long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1048576.0;
        }
    }
}
