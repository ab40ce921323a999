using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>The built API run as its own OS process with `dotnet exec`, on a database file given by Graph__Database.</summary>
public sealed partial class ApiProcess : IDisposable
{
    public static string Dll { get; } = typeof(ApiProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GraphApiDll").Value!;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [DllImport("libc")]
    private static extern uint geteuid();

    /// <summary>Root reads and writes files whatever their mode; without these capabilities it obeys the mode like anyone.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>Where setpriv is (to start the API as root without those capabilities), or null.</summary>
    public static string? SetPriv { get; } = new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);

    private ApiProcess(string database, bool obeyFileModes)
    {
        Assert.True(File.Exists(Dll), $"The API is not built at {Dll}.");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        if (obeyFileModes && IsRoot)
        {
            info.FileName = SetPriv ?? throw new InvalidOperationException("setpriv is needed to drop root's file capabilities.");
            foreach (var arg in new[] { "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", dotnet })
                info.ArgumentList.Add(arg);
        }
        else
        {
            info.FileName = dotnet;
        }
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Dll);
        info.Environment["Graph__Database"] = database;
        info.Environment["Urls"] = "http://127.0.0.1:0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the API.");
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the API; <paramref name="obeyFileModes"/> starts it, when the tests run as root, without root's power over file modes.</summary>
    public static ApiProcess Start(string database, bool obeyFileModes = false) => new(database, obeyFileModes);

    private void Read(string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
        if (Endpoint().Match(line) is { Success: true } m) address.TrySetResult(new Uri(m.Groups[1].Value));
    }

    [GeneratedRegex(@"GraphQL endpoint\s*:\s*(http://\S+)/graphql")]
    private static partial Regex Endpoint();

    /// <summary>What it printed so far, standard output and error together, in the order read.</summary>
    public IReadOnlyList<string> Lines { get { lock (lines) return [.. lines]; } }

    /// <summary>Waits for it to end by itself; returns its exit code.</summary>
    public async Task<int> ExitAsync()
    {
        using var cts = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
    }

    /// <summary>Waits until it announces where it listens; returns a client of that address.</summary>
    public async Task<HttpClient> ClientAsync()
    {
        var exited = process.WaitForExitAsync();
        var listening = address.Task;
        var first = await Task.WhenAny(listening, exited, Task.Delay(Patience));
        Assert.True(first == listening, $"The API did not start:\n{string.Join('\n', Lines)}");
        return new HttpClient { BaseAddress = await listening };
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
