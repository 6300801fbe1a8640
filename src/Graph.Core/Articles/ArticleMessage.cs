namespace Graph.Core.Articles;

/// <summary>
/// An article in transit, unparsed: the bytes of a file and the name it goes by. The name's extension gives the
/// format (.txt, .md, .html, .json) and the name makes the article id, as the same file in a folder would.
/// </summary>
public sealed record ArticleMessage(string Name, ReadOnlyMemory<byte> Body);
