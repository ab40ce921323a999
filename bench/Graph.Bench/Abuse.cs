using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Api.Tests;

namespace Graph.Bench;

/// <summary>
/// The API under hostile requests, in its own process: for each hostile shape (the adversarial tests' own,
/// tests/Graph.Api.Tests/HostileShapes.cs) the wall time, the server's CPU time and memory; then a cheap query's latency
/// while many heavy requests are in flight.
/// </summary>
public static class Abuse
{
    public static async Task<string> RunAsync(Plan plan, HttpClient http, Process api, int heavyClients, double heavySeconds, int seed)
    {
        var table = new StringBuilder();
        table.AppendLine("| hostile shape | HTTP | code | wall | server CPU | server RSS after | server peak RSS |");
        table.AppendLine("|---|---|---|---|---|---|---|");
        var questions = Questions.For(plan);
        var whoBacks = questions.Single(q => q.Number == 1);
        var random = new Random(seed);
        for (var i = 0; i < 50; i++) await Post(http, whoBacks.Query, whoBacks.Variables(random)); // warm-up
        foreach (var shape in HostileShapes.All)
        {
            var cpu = CpuSeconds(api.Id);
            var clock = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(shape.Body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            // The mutation shape is sent without a key here: refused before it runs, as it must be with one too (the tests send it with one).
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var wall = clock.Elapsed;
            var spent = CpuSeconds(api.Id) - cpu;
            var code = FirstCode(text) ?? (text.Contains("\"data\"") ? "(answered)" : "?");
            table.AppendLine($"| {shape.Name} | {(int)response.StatusCode} | `{code}` | {wall.TotalMilliseconds:0} ms | {spent * 1000:0} ms | " +
                $"{Graph.Bench.Bench.ProcStatus(api.Id, "VmRSS") / 1024} MiB | {Graph.Bench.Bench.ProcStatus(api.Id, "VmHWM") / 1024} MiB |");
        }

        // Heavy requests in flight: each client asks again as soon as it is answered (or refused).
        var heavy = new[]
        {
            ("alignment, no window", "{ alignment { modularity blocs { label } } }", (Func<Random, JsonObject>)(_ => [])),
            ("alignment over a year", questions.Single(q => q.Number == 7).Query, questions.Single(q => q.Number == 7).Variables),
            ("bloc timeline over a week", questions.Single(q => q.Number == 8).Query, questions.Single(q => q.Number == 8).Variables),
        };
        var outcomes = new Dictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var peakRss = 0L;
        var clients = Enumerable.Range(0, heavyClients).Select(i => Task.Run(async () =>
        {
            var r = new Random(seed + i);
            var (_, query, variables) = heavy[i % heavy.Length];
            while (!stop.IsCancellationRequested)
            {
                string outcome;
                try
                {
                    var (status, body) = await Post(http, query, variables(r));
                    outcome = $"{status} {FirstCode(body) ?? "ok"}";
                }
                catch (Exception e) { outcome = e.GetType().Name; }
                lock (outcomes) outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        })).ToList();
        await Task.Delay(1000); // let them crowd in
        var cheap = new List<double>();
        var cheapErrors = 0;
        var clockHeavy = Stopwatch.StartNew();
        while (clockHeavy.Elapsed.TotalSeconds < heavySeconds)
        {
            var one = Stopwatch.StartNew();
            var (status, body) = await Post(http, whoBacks.Query, whoBacks.Variables(random));
            if (status != 200 || FirstCode(body) is not null) cheapErrors++;
            else cheap.Add(one.Elapsed.TotalMilliseconds);
            peakRss = Math.Max(peakRss, Graph.Bench.Bench.ProcStatus(api.Id, "VmRSS"));
            await Task.Delay(20);
        }
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        cheap.Sort();
        double P(double p) => cheap.Count == 0 ? double.NaN : cheap[Math.Clamp((int)Math.Ceiling(p / 100 * cheap.Count) - 1, 0, cheap.Count - 1)];
        table.AppendLine();
        table.AppendLine($"With {heavyClients} heavy clients in flight ({string.Join(", ", heavy.Select(h => h.Item1))}) for {heavySeconds:0} s: " +
            $"who-backs (question 1) n={cheap.Count} p50={P(50):0.0} ms p99={P(99):0.0} ms max={P(100):0.0} ms, {cheapErrors} errors; " +
            $"server peak RSS while in flight {peakRss / 1024} MiB.  ");
        table.AppendLine("Heavy answers: " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key}: {o.Value}")) + ".");
        return table.ToString();
    }

    private static async Task<(int Status, string Body)> Post(HttpClient http, string query, JsonObject variables)
    {
        using var content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string? FirstCode(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 &&
                   errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
                ? code.GetString() : null;
        }
        catch (JsonException) { return "(not JSON)"; }
    }

    /// <summary>User plus system CPU of a process, from /proc (clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }
}
