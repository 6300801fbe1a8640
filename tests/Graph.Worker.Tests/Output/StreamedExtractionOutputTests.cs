using System.Text;
using System.Text.Json;
using Graph.Core.Extraction;
using Graph.Worker.Ingestion;
using Graph.Worker.Output;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Output;

public sealed class StreamedExtractionOutputTests
{
    private static readonly FailedFile Broken = new("inbox/broken.json", "'broken.json' is empty.");

    [Fact]
    public void Json_lines_give_one_line_per_file_in_input_order_and_an_article_line_is_the_article_of_the_json_document()
    {
        var (first, second) = (Extraction("first"), Extraction("second"));
        using var lines = new MemoryStream();
        using (var output = new ExtractionJsonLines(lines))
        {
            output.Write(first);
            output.Fail(Broken);
            output.Write(second);
            output.Complete();
        }

        var written = Encoding.UTF8.GetString(lines.ToArray()).Split('\n');
        using var document = JsonDocument.Parse(Document([first, second]));

        Assert.Equal(4, written.Length);
        Assert.Equal("", written[3]);
        var articles = document.RootElement.GetProperty("articles");
        Assert.True(JsonElement.DeepEquals(articles[0], JsonDocument.Parse(written[0]).RootElement));
        Assert.True(JsonElement.DeepEquals(articles[1], JsonDocument.Parse(written[2]).RootElement));
        var failed = JsonDocument.Parse(written[1]).RootElement;
        Assert.Equal(["path", "error"], failed.EnumerateObject().Select(p => p.Name));
        Assert.Equal("inbox/broken.json", failed.GetProperty("path").GetString());
    }

    [Fact]
    public void The_json_document_hands_each_article_to_the_stream_as_it_is_written()
    {
        using var stream = new MemoryStream();
        using var output = new ExtractionJsonDocument(stream);

        output.Write(Extraction("first"));
        var afterFirst = Encoding.UTF8.GetString(stream.ToArray());
        output.Write(Extraction("second"));
        output.Fail(Broken);
        output.Complete();

        Assert.Contains("\"id\": \"first\"", afterFirst, StringComparison.Ordinal);
        Assert.DoesNotContain("second", afterFirst, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(2, document.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal("inbox/broken.json", document.RootElement.GetProperty("failed")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void The_streamed_text_lists_the_articles_in_order_then_the_failed_files()
    {
        using var text = new StringWriter();
        using (var output = new ExtractionTextOutput(text))
        {
            output.Write(Extraction("first"));
            output.Fail(Broken);
            output.Write(Extraction("second"));
            output.Complete();
        }

        var listing = text.ToString();
        var firstAt = listing.IndexOf("first", StringComparison.Ordinal);
        var secondAt = listing.IndexOf("second", StringComparison.Ordinal);
        var failedAt = listing.IndexOf("Failed files (1)", StringComparison.Ordinal);
        Assert.True(firstAt >= 0 && firstAt < secondAt && secondAt < failedAt, listing);
    }

    private static ArticleExtraction Extraction(string id) => new FakeExtractor(TestData.Fact(0.9)).Extract(TestData.Article(id));

    private static string Document(ArticleExtraction[] articles)
    {
        using var buffer = new MemoryStream();
        ExtractionJsonWriter.Write(buffer, new ExtractionResults(articles, []));
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
