namespace Graph.Core.Articles;

/// <summary>An item a source yielded, with its final fate.</summary>
public sealed record SettledArticle(ArticleLoadResult Item, ArticleSettlement Settlement);
