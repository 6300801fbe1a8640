using System.Collections.Immutable;
using Graph.Core;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Extraction.Mapping;

namespace Graph.Extraction.Tests.Mapping;

public sealed class GraphMapperTests
{
    private static readonly Article Article = new("a1", "a1.txt", "T", "Kim said it. Kim signed it.", "en", null, null, null, "sha");

    private static ExtractedEntity Entity(string id, string type) =>
        new(id, id, type, [], null, [new Mention(id, new TextSpan(0, 3))]);

    private static Fact Stated(params string[] about) =>
        new("kim", "STATED", null, "Kim said it.", new TextSpan(0, 12), ImmutableSortedDictionary<string, object>.Empty, 0.9,
            new Statement("Kim said it.", new TextSpan(0, 12), [.. about]));

    private static Fact Signed() =>
        new("kim", "SIGNED", "treaty", "Kim signed it.", new TextSpan(13, 27), ImmutableSortedDictionary<string, object>.Empty, 0.9);

    [Fact]
    public void A_statement_is_never_about_an_entity_the_batch_does_not_contain()
    {
        var extraction = new ArticleExtraction(Article, [Entity("kim", "Person"), Entity("treaty", "Treaty")], [Stated("treaty", "ghost")], [], "v1");

        var batch = GraphMapper.Map(extraction);

        Assert.Equal(["treaty"], Assert.Single(batch.Statements).About.ToArray());
    }

    [Fact]
    public void Every_fact_gets_one_evidence_node_and_ids_are_stable_across_mappings()
    {
        var extraction = new ArticleExtraction(Article, [Entity("kim", "Person"), Entity("treaty", "Treaty")], [Stated(), Signed()], [], "v1");

        var first = GraphMapper.Map(extraction);
        var second = GraphMapper.Map(extraction);

        Assert.Equal(2, first.Evidence.Length);
        Assert.Single(first.Facts);
        Assert.Equal(first.Evidence.Select(e => e.Id), second.Evidence.Select(e => e.Id));
        Assert.Equal("v1", first.Article.Extraction);
        Assert.Contains(first.Evidence, e => e.ObjectIsStatement && e.ObjectId == first.Statements[0].Id);
    }
}
