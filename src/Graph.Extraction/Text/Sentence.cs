namespace Graph.Extraction.Text;

/// <summary>A sentence of an article: its position in the text and its text (exactly Text[Span]).</summary>
public sealed record Sentence(int Index, Graph.Core.TextSpan Span, string Text);
