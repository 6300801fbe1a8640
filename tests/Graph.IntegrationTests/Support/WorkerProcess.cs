using System.Diagnostics;
using System.Text;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// <c>graph run</c> as a real process (the built <c>artifacts/bin/graph.dll</c>) on a given inbox and server, with its
/// output captured. <see cref="Kill"/> is SIGKILL: no shutdown code runs. Dispose always kills what is still running.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static async Task<WorkerProcess> StartAsync(Neo4jOptions neo4j, string inbox, params (string Key, string Value)[] settings)
    {
        var dll = await GraphCli.EnsureBuiltAsync();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Neo4jServerFixture.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("run");
        GraphCli.SetConnection(start, neo4j);
        start.Environment["GRAPH_Graph__Inbox"] = inbox;
        start.Environment["GRAPH_Graph__PollInterval"] = "00:00:00.500";
        start.Environment["GRAPH_Graph__RetryDelay"] = "00:00:00.200";
        start.Environment["GRAPH_Graph__MaxRetryDelay"] = "00:00:01";
        start.Environment["GRAPH_Neo4j__MaxRetries"] = "1";
        start.Environment["GRAPH_Neo4j__ConnectTimeout"] = "00:00:02";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return Launch(start);
    }

    /// <summary><c>graph ARGUMENTS...</c> (e.g. <c>run --source rabbitmq</c>) as a real process, with the given settings.</summary>
    public static async Task<WorkerProcess> StartCommandAsync(Neo4jOptions neo4j, string[] arguments, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Neo4jServerFixture.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(await GraphCli.EnsureBuiltAsync());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        GraphCli.SetConnection(start, neo4j);
        start.Environment["GRAPH_Graph__RetryDelay"] = "00:00:00.200";
        start.Environment["GRAPH_Graph__MaxRetryDelay"] = "00:00:01";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return Launch(start);
    }

    private static WorkerProcess Launch(ProcessStartInfo start)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with the worker's output if it does not in time.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                Assert.Fail($"{what}: not reached within {timeout.TotalSeconds} s (worker exited: {_process.HasExited}).\n--- worker output ---\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGTERM, as a service manager stops it; true when the process ended within <paramref name="timeout"/>.</summary>
    public bool Terminate(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            DrainOutput();
            return true;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            kill?.WaitForExit(10_000);
        }

        if (!_process.WaitForExit(timeout))
        {
            return false;
        }
        DrainOutput();
        return true;
    }

    /// <summary>
    /// WaitForExit with a time-out returns once the process is gone, before the asynchronous reader has delivered its
    /// last lines; the parameterless one also waits for those, so <see cref="Output"/> is complete afterwards.
    /// </summary>
    private void DrainOutput() => _process.WaitForExit();

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            if (_process.WaitForExit(10_000))
            {
                DrainOutput();
            }
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
