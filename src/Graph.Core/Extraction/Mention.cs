namespace Graph.Core.Extraction;

/// <summary>A surface form of an entity in the article text.</summary>
public sealed record Mention(string Text, TextSpan Span);
