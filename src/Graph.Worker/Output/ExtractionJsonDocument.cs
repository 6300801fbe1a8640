using Graph.Core.Extraction;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Output;

/// <summary>
/// <c>--format json</c>: the document <c>{"articles": [...], "failed": [...]}</c>, each article written and handed
/// to the stream as soon as it is extracted. Only the failed files (a path and a reason each) wait for the end.
/// </summary>
internal sealed class ExtractionJsonDocument : IExtractionOutput
{
    private readonly Stream _output;
    private readonly System.Text.Json.Utf8JsonWriter _json;
    private readonly List<FailedFile> _failed = [];

    public ExtractionJsonDocument(Stream output)
    {
        _output = output;
        _json = new System.Text.Json.Utf8JsonWriter(output, ExtractionJsonWriter.Indented);
        _json.WriteStartObject();
        _json.WriteStartArray("articles");
    }

    public void Write(ArticleExtraction extraction)
    {
        ExtractionJsonWriter.WriteArticle(_json, extraction);
        _json.Flush();
    }

    public void Fail(FailedFile failed) => _failed.Add(failed);

    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteStartArray("failed");
        foreach (var failed in _failed)
        {
            ExtractionJsonWriter.WriteFailed(_json, failed);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.WriteByte((byte)'\n');
        _output.Flush();
    }

    public void Dispose()
    {
        // Whatever was extracted before a failure still reaches the output.
        _json.Dispose();
        _output.Flush();
    }
}
