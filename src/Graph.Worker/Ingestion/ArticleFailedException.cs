namespace Graph.Worker.Ingestion;

/// <summary>
/// One article could not be turned into a graph batch (a bug or an unforeseen input in a stage). The file is
/// reported as failed; the other files go on.
/// </summary>
internal sealed class ArticleFailedException(string stage, string articleId, Exception inner)
    : Exception($"{stage} failed for {articleId}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;

    public string ArticleId { get; } = articleId;
}
