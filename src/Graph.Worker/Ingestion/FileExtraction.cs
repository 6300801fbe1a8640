using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Ports;
using Graph.Worker.Output;

namespace Graph.Worker.Ingestion;

/// <summary>Extraction without a database, for <c>graph extract</c> and <c>graph eval</c>: every file, failures collected.</summary>
internal static class FileExtraction
{
    public static async Task<IReadOnlyList<ArticleLoadResult>> ReadAllAsync(IArticleSource source, CancellationToken cancellationToken)
    {
        var files = new List<ArticleLoadResult>();
        await foreach (var file in source.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            files.Add(file);
        }

        return files;
    }

    public static async Task<ExtractionResults> ExtractAllAsync(
        ArticleIngestor ingestor, IArticleSource source, double minConfidence, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleExtraction>();
        var failed = new List<FailedFile>();
        foreach (var file in await ReadAllAsync(source, cancellationToken).ConfigureAwait(false))
        {
            if (file.Article is not { } article)
            {
                failed.Add(new FailedFile(DisplayPath.For(file.Path), file.Error ?? "could not be read"));
                continue;
            }

            try
            {
                articles.Add(ingestor.Extract(article, minConfidence));
            }
            catch (ArticleFailedException e)
            {
                failed.Add(new FailedFile(DisplayPath.For(file.Path), e.Message));
            }
        }

        return new ExtractionResults(articles, failed);
    }
}
