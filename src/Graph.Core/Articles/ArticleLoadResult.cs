namespace Graph.Core.Articles;

/// <summary>One file read by an <see cref="Ports.IArticleSource"/>: either an article or the reason it could not be read.</summary>
public sealed record ArticleLoadResult(string Path, Article? Article, string? Error)
{
    public static ArticleLoadResult Loaded(string path, Article article) => new(path, article, null);

    public static ArticleLoadResult Failed(string path, string error) => new(path, null, error);

    public bool Succeeded => Article is not null;

    /// <summary>
    /// True when the failure is not the file's fault and reading it again later may succeed (it was being written
    /// while read); the inbox worker puts such a file back instead of failing it.
    /// </summary>
    public bool Transient { get; init; }
}
