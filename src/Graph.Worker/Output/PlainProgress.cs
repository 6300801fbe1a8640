using Graph.Core.Graph;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Output;

/// <summary>One line per file, for logs and pipes where a progress bar would be noise.</summary>
internal sealed class PlainProgress(TextWriter output, int total) : IIngestProgress
{
    private int done;

    public void FileStarted(string path)
    {
    }

    public void FileWritten(string path, WriteOutcome outcome, ArticleCounts counts) =>
        output.WriteLine(
            $"[{++done}/{total}] {TerminalText.Escape(path)}: {outcome.ToString().ToLowerInvariant()}, {counts.Entities} entities, {counts.Facts} facts");

    public void FileFailed(string path, string reason) => output.WriteLine($"[{++done}/{total}] {TerminalText.Escape(path)}: failed: {TerminalText.Escape(reason)}");
}
