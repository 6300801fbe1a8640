using System.Collections.Immutable;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Ports;

namespace Graph.Worker.Tests.Support;

/// <summary>
/// An extractor that finds one entity per article and the facts it was given. An article whose text contains
/// <see cref="Poison"/> makes it throw, as a buggy stage would.
/// </summary>
internal sealed class FakeExtractor(params Fact[] facts) : IArticleExtractor
{
    public const string Poison = "POISON";

    public int Calls { get; private set; }

    public ArticleExtraction Extract(Article article)
    {
        Calls++;
        if (article.Text.Contains(Poison, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"stage broke on {article.Id}");
        }

        var entity = new ExtractedEntity(
            "kim-jong-un", "Kim Jong-un", "Person", ["Kim"], "Q56226", [new Mention("Kim Jong-un", new Core.TextSpan(0, 11))]);
        return new ArticleExtraction(
            article, [entity], [.. facts], [new Rejection("object type not allowed", "Une phrase.")], "fake.v1");
    }
}
