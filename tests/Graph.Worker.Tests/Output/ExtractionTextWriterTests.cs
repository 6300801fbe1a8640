using Graph.Worker.Ingestion;
using Graph.Worker.Output;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Output;

public sealed class ExtractionTextWriterTests
{
    [Fact]
    public void The_listing_shows_entities_relations_with_their_sentence_and_failures()
    {
        var extraction = new FakeExtractor(TestData.Fact(0.9)).Extract(TestData.Article("a"));
        using var output = new StringWriter();

        ExtractionTextWriter.Write(output, new ExtractionResults([extraction], [new FailedFile("b.txt", "empty")]));

        var text = output.ToString();
        Assert.Contains("== a.txt (fr, 2024-12-04)", text, StringComparison.Ordinal);
        Assert.Contains("Kim Jong-un [Person] kim-jong-un Q56226", text, StringComparison.Ordinal);
        Assert.Contains("kim-jong-un SIGNED treaty (0.90) date=2024-06 troops=11000", text, StringComparison.Ordinal);
        Assert.Contains("[0,30): Kim Jong-un a signé le traité.", text, StringComparison.Ordinal);
        Assert.Contains("  b.txt: empty", text, StringComparison.Ordinal);
    }
}
