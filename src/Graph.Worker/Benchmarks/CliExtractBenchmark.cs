using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Core.Ports;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// <c>graph extract</c> as a user runs it: a new process over the whole corpus, its output read and thrown away.
/// Time includes start-up, loading the ontology and the JIT; the text measured is the articles' text, counted as
/// <see cref="ExtractBenchmark"/> counts it, so the two MB/s compare on the same files.
/// </summary>
internal static class CliExtractBenchmark
{
    /// <summary>How often the child's high-water mark is read; it only grows, so the last reading is the peak so far.</summary>
    private static readonly TimeSpan PeakPoll = TimeSpan.FromMilliseconds(20);

    public static async Task<long> TextBytesAsync(IArticleSource source, CancellationToken cancellationToken)
    {
        long bytes = 0;
        await foreach (var file in source.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            bytes += file.Article is { } article ? Encoding.UTF8.GetByteCount(article.Text) : 0;
        }

        return bytes;
    }

    public static async Task<CliExtractFigures> RunAsync(string corpus, string format, long textBytes, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CliExtractBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { "extract", "--format", format, corpus })
        {
            start.ArgumentList.Add(argument);
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start graph extract");
        var output = CountAsync(process.StandardOutput.BaseStream, cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(PeakPoll, cancellationToken).ConfigureAwait(false);
        }

        var written = await output.ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        wall.Stop();
        var failure = process.ExitCode is 0 or 2 ? null : (await errors.ConfigureAwait(false)).Trim();
        return new CliExtractFigures(format, textBytes, written, wall.Elapsed, peak, process.ExitCode, failure);
    }

    private static async Task<long> CountAsync(Stream output, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await output.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The process's peak resident set (VmHWM, Linux); 0 where /proc does not say.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two readings: the last one stands.
        }

        return 0;
    }
}

/// <summary>One whole-process run of <c>graph extract</c>.</summary>
internal sealed record CliExtractFigures(
    string Format, long TextBytes, long OutputBytes, TimeSpan Wall, long PeakResidentBytes, int ExitCode, string? Failure)
{
    public double MegabytesPerSecond => TextBytes / (1024.0 * 1024.0) / Wall.TotalSeconds;
}
