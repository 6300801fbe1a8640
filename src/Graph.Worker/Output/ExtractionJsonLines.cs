using Graph.Core.Extraction;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Output;

/// <summary>
/// <c>--format jsonl</c>: one line per file, in input order, as it is extracted. An article is the same object as in
/// <c>--format json</c>; a file that failed is <c>{"path": ..., "error": ...}</c>, told apart by having no "article".
/// </summary>
internal sealed class ExtractionJsonLines(Stream output) : IExtractionOutput
{
    private readonly System.Text.Json.Utf8JsonWriter _json = new(output, ExtractionJsonWriter.Compact);

    public void Write(ArticleExtraction extraction)
    {
        ExtractionJsonWriter.WriteArticle(_json, extraction);
        EndLine();
    }

    public void Fail(FailedFile failed)
    {
        ExtractionJsonWriter.WriteFailed(_json, failed);
        EndLine();
    }

    public void Complete() => output.Flush();

    public void Dispose()
    {
        // Whatever was extracted before a failure still reaches the output.
        _json.Dispose();
        output.Flush();
    }

    private void EndLine()
    {
        _json.Flush();
        // A writer holds one JSON value; Reset lets the next line start a new one.
        _json.Reset();
        output.WriteByte((byte)'\n');
    }
}
