using Graph.Core.Graph;
using Graph.Worker.Ingestion;
using Spectre.Console;

namespace Graph.Worker.Output;

/// <summary>Drives a Spectre.Console progress bar: the current file as description, one step per file.</summary>
internal sealed class SpectreProgress(ProgressTask task) : IIngestProgress
{
    public void FileStarted(string path) => task.Description = Markup.Escape(TerminalText.Escape(Path.GetFileName(path)));

    public void FileWritten(string path, WriteOutcome outcome, ArticleCounts counts) => task.Increment(1);

    public void FileFailed(string path, string reason) => task.Increment(1);
}
