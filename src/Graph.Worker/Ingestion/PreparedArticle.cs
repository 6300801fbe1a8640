using Graph.Core.Extraction;
using Graph.Core.Graph;

namespace Graph.Worker.Ingestion;

/// <summary>An article extracted, filtered and mapped: ready for the store.</summary>
internal sealed record PreparedArticle(ArticleExtraction Extraction, GraphBatch Batch, ArticleCounts Counts);
