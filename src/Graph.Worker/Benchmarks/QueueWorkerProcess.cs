using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// One <c>graph run --source rabbitmq</c> process of the queue benchmark, counting the articles it reports written or
/// refused as its log lines arrive.
/// </summary>
internal sealed partial class QueueWorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource consuming = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int settled;
    private string lastLines = "";

    private QueueWorkerProcess(Process process)
    {
        this.process = process;
    }

    public int Settled => Volatile.Read(ref settled);

    /// <summary>The same build as this process, with <paramref name="environment"/> added to the inherited one.</summary>
    public static QueueWorkerProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(QueueWorkerProcess).Assembly.Location);
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--source");
        start.ArgumentList.Add("rabbitmq");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
        var worker = new QueueWorkerProcess(process);
        process.ErrorDataReceived += (_, e) => worker.OnLine(e.Data);
        process.OutputDataReceived += (_, e) => worker.OnLine(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return worker;
    }

    /// <summary>Waits until the worker consumes the queue; fails with its last lines if it exits or takes too long.</summary>
    public async Task WaitConsumingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(cancellationToken);
        var done = await Task.WhenAny(consuming.Task, exited, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        if (done != consuming.Task)
        {
            throw new InvalidOperationException($"a worker did not start consuming within {timeout.TotalSeconds} s:\n{lastLines}");
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lastLines = line;
        if (line.Contains("Consuming ", StringComparison.Ordinal))
        {
            consuming.TrySetResult();
        }
        else if (SettledPattern().IsMatch(line))
        {
            Interlocked.Increment(ref settled);
        }
    }

    [GeneratedRegex(@"\b(Ingested|Refused) \S+")]
    private static partial Regex SettledPattern();
}
