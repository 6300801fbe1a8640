using Graph.Core.Graph;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Tests.Support;

/// <summary>Records what an ingest run reported, one line per event.</summary>
internal sealed class ListProgress : IIngestProgress
{
    public List<string> Events { get; } = [];

    public void FileStarted(string path) => Events.Add($"start {Path.GetFileName(path)}");

    public void FileWritten(string path, WriteOutcome outcome, ArticleCounts counts) => Events.Add($"written {Path.GetFileName(path)} {outcome}");

    public void FileFailed(string path, string reason) => Events.Add($"failed {Path.GetFileName(path)}");
}
