using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Graph.Bench;

/// <summary>
/// Throughput measured by wrk (native, from Debian), which costs the shared cores far less than a .NET client: rounds of
/// the same skewed requests until two in a row agree within 5%, the first round stated as cold and the last as steady, with
/// the CPU time the API and wrk each spent (from /proc).
/// </summary>
public static partial class WrkLoad
{
    /// <summary>One round's figures. wrk's percentiles add, for each request slower than the mean, the requests the connection
    /// would have sent meanwhile, so one stall of S seconds reads as a p99 near S; MaxMs, the slowest request, tells the two apart.</summary>
    public sealed record Round(long Requests, double Seconds, double P50Ms, double P99Ms, double MaxMs, long Errors, double ApiCpuSeconds,
        double ClientCpuSeconds)
    {
        public double RequestsPerSecond => Requests / Seconds;
        public double RequestsPerApiCpuSecond => ApiCpuSeconds > 0 ? Requests / ApiCpuSeconds : 0;
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{RequestsPerSecond:N0} requests/s, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, max {MaxMs:0.00} ms, {Errors} errors; API {ApiCpuSeconds:0.0} CPU-s ({RequestsPerApiCpuSecond:N0} requests per CPU-second), wrk {ClientCpuSeconds:0.0} CPU-s");
    }

    public sealed record Result(Round Cold, Round Steady, int Rounds, int Threads, int Connections, double RoundSeconds);

    public static bool Available() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    /// <summary>Rounds of <paramref name="seconds"/> each, at most <paramref name="maxRounds"/>, until two agree within 5%.</summary>
    public static Task<Result> RunAsync(string baseUrl, string script, IEnumerable<string> bodies, int apiPid, int threads, int connections,
        double seconds, int maxRounds = 6) => WithBodiesAsync(bodies, async file =>
    {
        var rounds = new List<Round>();
        while (rounds.Count < maxRounds)
        {
            rounds.Add(await RoundAsync(baseUrl, script, file, apiPid, threads, connections, seconds));
            Console.WriteLine($"  round {rounds.Count}: {rounds[^1]}");
            if (rounds.Count >= 2 && Math.Abs(rounds[^1].RequestsPerSecond / rounds[^2].RequestsPerSecond - 1) <= 0.05) break;
        }
        return new Result(rounds[0], rounds[^1], rounds.Count, threads, connections, seconds);
    });

    /// <summary>
    /// One round on one connection: requests one after another, as the latency runs send them, after a round of 1 s not
    /// counted (the question's own warm-up, as the store side has right before it measures).
    /// </summary>
    public static Task<Round> SequentialAsync(string baseUrl, string script, IEnumerable<string> bodies, int apiPid, double seconds) =>
        WithBodiesAsync(bodies, async file =>
        {
            await RoundAsync(baseUrl, script, file, apiPid, threads: 1, connections: 1, seconds: 1);
            return await RoundAsync(baseUrl, script, file, apiPid, threads: 1, connections: 1, seconds);
        });

    /// <summary>The bodies in a file of their own (one a line, as the script reads them) for as long as <paramref name="use"/> runs.</summary>
    private static async Task<T> WithBodiesAsync<T>(IEnumerable<string> bodies, Func<string, Task<T>> use)
    {
        var file = Path.Combine(Path.GetTempPath(), $"graph-bench-bodies-{Environment.ProcessId}.jsonl");
        await File.WriteAllLinesAsync(file, bodies);
        try
        {
            return await use(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<Round> RoundAsync(string baseUrl, string script, string bodies, int apiPid, int threads, int connections, double seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t" + threads, "-c" + connections, "-d" + seconds.ToString("0", CultureInfo.InvariantCulture) + "s",
            "--timeout", "10s", "--latency", "-s", script, baseUrl])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["BODIES"] = bodies;
        var apiBefore = CpuSeconds(apiPid);
        var childrenBefore = CpuSeconds(Environment.ProcessId, reapedChildren: true);
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        var errors = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var apiAfter = CpuSeconds(apiPid);
        var childrenAfter = CpuSeconds(Environment.ProcessId, reapedChildren: true); // wrk, once waited for
        var m = ResultLine().Match(output);
        var max = MaxLine().Match(output);
        if (wrk.ExitCode != 0 || !m.Success || !max.Success) throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {output}{errors}");
        long Field(Match match, string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return new Round(Field(m, "requests"), Field(m, "duration") / 1e6, Field(m, "p50") / 1e3, Field(m, "p99") / 1e3, Field(max, "max") / 1e3,
            Field(m, "errors"), apiAfter - apiBefore, childrenAfter - childrenBefore);
    }

    /// <summary>
    /// User plus system time of a process from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s), or of the
    /// children it has waited for (fields 16 and 17).
    /// </summary>
    private static double CpuSeconds(int pid, bool reapedChildren = false)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var first = reapedChildren ? 13 : 11;
        return (long.Parse(fields[first], CultureInfo.InvariantCulture) + long.Parse(fields[first + 1], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>One JSON body per request: the question's query with the given arguments.</summary>
    public static IEnumerable<string> Bodies(Question q, IEnumerable<JsonObject> draws) =>
        draws.Select(v => new JsonObject { ["query"] = q.Query, ["variables"] = v.DeepClone() }.ToJsonString());

    [GeneratedRegex(@"RESULT requests=(?<requests>\d+) duration_us=(?<duration>\d+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+) errors=(?<errors>\d+)")]
    private static partial Regex ResultLine();

    [GeneratedRegex(@"RESULT_MAX max_us=(?<max>\d+)")]
    private static partial Regex MaxLine();
}
