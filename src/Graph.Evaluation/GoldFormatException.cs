namespace Graph.Evaluation;

/// <summary>A gold or alias file that does not follow the format of shared/gold; the message names the file and line.</summary>
public sealed class GoldFormatException(string message, Exception? inner = null) : Exception(message, inner);
