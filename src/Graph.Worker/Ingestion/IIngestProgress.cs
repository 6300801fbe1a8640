using Graph.Core.Graph;

namespace Graph.Worker.Ingestion;

/// <summary>Hears about each file of an ingest run: a progress bar on a terminal, plain lines otherwise.</summary>
internal interface IIngestProgress
{
    void FileStarted(string path);

    void FileWritten(string path, WriteOutcome outcome, ArticleCounts counts);

    void FileFailed(string path, string reason);
}
