using System.Diagnostics;
using System.Reflection;

namespace Graph.Cli.Tests;

/// <summary>The built `graph` command, run as a separate OS process with `dotnet exec`.</summary>
public static class GraphCli
{
    public static string Dll { get; } = typeof(GraphCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GraphCliDll").Value!;

    /// <summary>The dotnet host running these tests (the SDK names it in DOTNET_HOST_PATH), else dotnet on the PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";

    public static Process Start(params string[] args) => StartIn(null, args);

    /// <summary>Starts the command in <paramref name="workingDirectory"/> (null: the tests' own).</summary>
    public static Process StartIn(string? workingDirectory, string[] args)
    {
        Assert.True(File.Exists(Dll), $"The CLI is not built at {Dll}.");
        var info = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the CLI.");
    }

    /// <summary>Runs the command to its end (at most <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static Task<(int Exit, string Out, string Err)> RunAsync(TimeSpan timeout, params string[] args) => RunInAsync(null, timeout, args);

    public static async Task<(int Exit, string Out, string Err)> RunInAsync(string? workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = StartIn(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"graph {string.Join(' ', args)} did not finish in {timeout.TotalSeconds} s.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
