namespace Graph.Extraction.Loading;

/// <summary>
/// Why a file cannot become an article. Thrown by the format parsers and caught by <see cref="ArticleFileReader"/>,
/// which turns it into a failed load result: it never leaves the loading stage.
/// </summary>
internal class ArticleReadException(string message) : Exception(message);

/// <summary>The file changed while it was read: not broken, to be tried again once it is stable.</summary>
internal sealed class ArticleChangedException(string message) : ArticleReadException(message);
