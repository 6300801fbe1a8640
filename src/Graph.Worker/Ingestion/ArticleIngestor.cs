using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Graph;
using Graph.Core.Ports;

namespace Graph.Worker.Ingestion;

/// <summary>
/// The per-article flow shared by <c>graph ingest</c>, <c>graph run</c> and <c>graph extract</c>: extract, drop
/// low-confidence facts, map. Writing stays with the caller, which owns the retry policy for database errors.
/// </summary>
internal sealed class ArticleIngestor(IArticleExtractor extractor, Func<ArticleExtraction, GraphBatch> map)
{
    /// <summary>Extracts and filters one article; throws <see cref="ArticleFailedException"/> when the extractor does.</summary>
    public ArticleExtraction Extract(Article article, double minConfidence) =>
        ConfidenceFilter.Apply(ExtractRaw(article), minConfidence);

    /// <summary>Extracts, filters and maps one article; throws <see cref="ArticleFailedException"/> naming the stage.</summary>
    public PreparedArticle Prepare(Article article, double minConfidence)
    {
        var raw = ExtractRaw(article);
        var extraction = ConfidenceFilter.Apply(raw, minConfidence);
        GraphBatch batch;
        try
        {
            batch = map(extraction);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArticleFailedException("mapping", article.Id, e);
        }

        var counts = new ArticleCounts(
            extraction.Entities.Length,
            extraction.Relations.Length,
            RejectedByOntology: raw.Rejected.Length,
            BelowConfidence: raw.Relations.Length - extraction.Relations.Length);
        return new PreparedArticle(extraction, batch, counts);
    }

    private ArticleExtraction ExtractRaw(Article article)
    {
        try
        {
            return extractor.Extract(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The port promises never to throw; if it does, only this article is lost.
            throw new ArticleFailedException("extraction", article.Id, e);
        }
    }
}
