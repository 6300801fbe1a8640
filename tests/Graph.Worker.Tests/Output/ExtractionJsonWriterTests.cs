using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Graph.Core;
using Graph.Core.Extraction;
using Graph.Worker.Ingestion;
using Graph.Worker.Output;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Output;

public sealed class ExtractionJsonWriterTests
{
    [Fact]
    public void The_document_has_exactly_the_contract_fields_in_order()
    {
        using var json = Write();
        var root = json.RootElement;

        Assert.Equal(["articles", "failed"], Names(root));
        var article = root.GetProperty("articles")[0];
        Assert.Equal(["article", "id", "title", "language", "published", "entities", "relations", "rejected"], Names(article));
        Assert.Equal(["id", "name", "type", "aliases", "wikidata", "mentions"], Names(article.GetProperty("entities")[0]));
        Assert.Equal(["text", "start", "end"], Names(article.GetProperty("entities")[0].GetProperty("mentions")[0]));
        Assert.Equal(
            ["subject", "type", "object", "sentence", "start", "end", "properties", "confidence"],
            Names(article.GetProperty("relations")[0]));
        Assert.Equal(["reason", "sentence"], Names(article.GetProperty("rejected")[0]));
        Assert.Equal(["path", "error"], Names(root.GetProperty("failed")[0]));
    }

    [Fact]
    public void Values_keep_their_types()
    {
        using var json = Write();
        var article = json.RootElement.GetProperty("articles")[0];
        var relation = article.GetProperty("relations")[0];

        Assert.Equal("a.txt", article.GetProperty("article").GetString());
        Assert.Equal("Q56226", article.GetProperty("entities")[0].GetProperty("wikidata").GetString());
        Assert.Equal(11000, relation.GetProperty("properties").GetProperty("troops").GetInt64());
        Assert.Equal("2024-06", relation.GetProperty("properties").GetProperty("date").GetString());
        Assert.Equal(0.9, relation.GetProperty("confidence").GetDouble());
        Assert.Equal((0, 30), (relation.GetProperty("start").GetInt32(), relation.GetProperty("end").GetInt32()));
    }

    [Fact]
    public void A_stated_relation_has_a_null_object()
    {
        using var json = Write(TestData.Fact(0.8, "STATED", obj: null));

        var relation = json.RootElement.GetProperty("articles")[0].GetProperty("relations")[0];

        Assert.Equal(JsonValueKind.Null, relation.GetProperty("object").ValueKind);
    }

    [Fact]
    public void Non_ascii_text_is_written_as_is_and_indented()
    {
        var text = WriteText(TestData.Fact(0.9));

        Assert.Contains("\"sentence\": \"Kim Jong-un a signé le traité.\"", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"articles\": [", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00e9", text, StringComparison.Ordinal);
    }

    private static JsonDocument Write(params Fact[] facts) => JsonDocument.Parse(WriteText(facts));

    private static string WriteText(params Fact[] facts)
    {
        var extraction = new FakeExtractor(facts.Length == 0 ? [TestData.Fact(0.9)] : facts).Extract(TestData.Article("a"));
        var results = new ExtractionResults([extraction], [new FailedFile("seeds/bad.json", "'bad.json' is empty.")]);
        using var buffer = new MemoryStream();
        ExtractionJsonWriter.Write(buffer, results);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
