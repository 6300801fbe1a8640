using Graph.Core.Extraction;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Output;

/// <summary><c>--format text</c>, streamed: each article's block as it is extracted, the failed files at the end.</summary>
internal sealed class ExtractionTextOutput(TextWriter output) : IExtractionOutput
{
    private readonly List<FailedFile> _failed = [];

    public void Write(ArticleExtraction extraction) => ExtractionTextWriter.WriteArticle(output, extraction);

    public void Fail(FailedFile failed) => _failed.Add(failed);

    public void Complete()
    {
        ExtractionTextWriter.WriteFailures(output, _failed);
        output.Flush();
    }

    public void Dispose() => output.Dispose();
}
