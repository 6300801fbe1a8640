using Graph.Evaluation.Text2KgBench;

namespace Graph.Evaluation.Tests.Text2KgBench;

public sealed class BenchmarkSplitTests
{
    [Fact]
    public void Training_lines_that_share_a_sentence_are_one_sentence_with_all_their_triples()
    {
        string[] lines =
        [
            """{"id": "t1", "sub_label": "Ivo Rask", "rel_label": "military rank", "obj_label": "colonel", "sent": "Ivo Rask, a colonel, led the Hill Guard."}""",
            """{"id": "t2", "sub_label": "Mira Tull", "rel_label": "Member of", "obj_label": "Lake Society", "sent": "Mira Tull joined the Lake Society."}""",
            """{"id": "t3", "sub_label": "Ivo Rask", "rel_label": "military branch", "obj_label": "Hill Guard", "sent": "Ivo Rask, a colonel, led the Hill Guard."}""",
        ];

        var sentences = BenchmarkSplit.Parse(lines, "train.jsonl");

        Assert.Equal(["t1", "t2"], sentences.Select(s => s.Id));
        Assert.Equal(["military rank", "military branch"], sentences[0].Gold.Select(t => t.Relation));
    }

    [Fact]
    public void Test_lines_with_a_triples_list_are_read_too()
    {
        string[] lines = ["""{"id": "x1", "sent": "Tom Vey chairs the Grey Party.", "triples": [{"sub": "Tom Vey", "rel": "member of political party", "obj": "Grey Party"}]}"""];

        var sentence = Assert.Single(BenchmarkSplit.Parse(lines, "test.jsonl"));

        Assert.Equal(new BenchmarkTriple("Tom Vey", "member of political party", "Grey Party"), Assert.Single(sentence.Gold));
    }

    [Fact]
    public void A_line_without_a_sentence_is_reported_with_the_file_and_line()
    {
        string[] lines = ["", """{"id": "t1", "sub_label": "A", "rel_label": "b", "obj_label": "C"}"""];

        var error = Assert.Throws<GoldFormatException>(() => BenchmarkSplit.Parse(lines, "train.jsonl"));

        Assert.StartsWith("train.jsonl:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sent'", error.Message, StringComparison.Ordinal);
    }
}
