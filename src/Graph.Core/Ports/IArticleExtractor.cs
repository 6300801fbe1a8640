using Graph.Core.Articles;
using Graph.Core.Extraction;

namespace Graph.Core.Ports;

/// <summary>Turns one article into entities, facts and rejections. Pure: no I/O, never throws on any text.</summary>
public interface IArticleExtractor
{
    ArticleExtraction Extract(Article article);
}
