namespace Graph.Worker.Sources.Feeds;

/// <summary>A feed could not be fetched or read; the message names the feed and the problem. The other feeds go on.</summary>
internal sealed class FeedException(string message, Exception? inner = null) : Exception(message, inner);
