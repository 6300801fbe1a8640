namespace Graph.Extraction.Loading;

/// <summary>
/// Why a file cannot become an article. Thrown by the format parsers and caught by <see cref="ArticleFileReader"/>,
/// which turns it into a failed load result: it never leaves the loading stage.
/// </summary>
internal sealed class ArticleReadException(string message) : Exception(message);
