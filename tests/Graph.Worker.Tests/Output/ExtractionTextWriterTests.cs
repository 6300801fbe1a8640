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

    [Fact]
    public void Terminal_control_sequences_in_titles_file_names_and_sentences_are_shown_not_sent()
    {
        var article = TestData.Article("a") with { Title = "\u001b]0;pwned\u0007Titre \u001b[31mrouge", FileName = "a\u001b[2J.txt" };
        var fact = TestData.Fact(0.9) with { Sentence = "Kim\u001b[1A a signé\r le traité." };
        var extraction = new FakeExtractor(fact).Extract(article);
        using var output = new StringWriter();

        ExtractionTextWriter.Write(output, new ExtractionResults([extraction], [new FailedFile("b\u001b[0m.txt", "bad \u009b byte")]));

        var text = output.ToString();
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        Assert.DoesNotContain("\r le", text, StringComparison.Ordinal);
        Assert.Contains("\\u001B]0;pwned\\u0007Titre \\u001B[31mrouge", text, StringComparison.Ordinal);
        Assert.Contains("== a\\u001B[2J.txt", text, StringComparison.Ordinal);
        Assert.Contains("b\\u001B[0m.txt: bad \\u009B byte", text, StringComparison.Ordinal);
    }
}
