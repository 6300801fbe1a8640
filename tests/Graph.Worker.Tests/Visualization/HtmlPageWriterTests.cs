using Graph.Worker.Visualization;

namespace Graph.Worker.Tests.Visualization;

public sealed class HtmlPageWriterTests
{
    [Fact]
    public void Article_text_cannot_close_the_script_element_that_carries_the_data()
    {
        var hostile = "</script><script>alert(1)</script><!--";
        var graph = new ViewGraph(
            new ViewFilter(null, null, [], null, null),
            [new ViewNode("e:x", "entity", "Person", hostile, null, [hostile], "Q1", [new ViewMention("a", 1)])],
            [],
            new Dictionary<string, ViewArticle> { ["a"] = new("a", hostile, hostile, "javascript:alert(1)", "2024-06-01") },
            [new ViewEvidence(hostile, "a", 0.9)]);

        var page = HtmlPageWriter.Render(graph);

        Assert.DoesNotContain(hostile, page, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(page, "</script>"));
        Assert.Contains("vis-network", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/*{{", page, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
