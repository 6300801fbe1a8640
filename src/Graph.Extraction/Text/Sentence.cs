using Graph.Core;

namespace Graph.Extraction.Text;

/// <summary>A sentence of an article: its position in the text and its text (exactly Text[Span]).</summary>
/// <remarks>
/// The text is cut from the article on first use: only sentences quoted by a fact or a rejection need it, and
/// copying every sentence cost as much memory as the article itself.
/// </remarks>
public sealed class Sentence(int index, TextSpan span, string articleText)
{
    private string? text;

    public int Index { get; } = index;

    public TextSpan Span { get; } = span;

    public string Text => text ??= articleText.Substring(Span.Start, Span.Length);
}
