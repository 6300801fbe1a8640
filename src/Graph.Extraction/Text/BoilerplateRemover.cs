namespace Graph.Extraction.Text;

/// <summary>
/// Removes page furniture from an article body, line by line: bylines, agency lines, photo credits, timestamps,
/// share buttons, comment widgets, advertising markers and a headline repeated on the next line.
/// </summary>
/// <remarks>
/// Kept lines are copied unchanged with their own line ending (CRLF stays CRLF), so the cleaned text is a
/// subsequence of the input lines. Paragraph breaks survive as a single blank line; leading and trailing blank
/// lines are dropped. Which lines count as furniture is decided by <see cref="FurnitureLine"/>.
/// The output is gathered as ranges of the input and copied once at the end: most articles keep every line, and
/// then the result is the input itself or one substring of it.
/// </remarks>
public static class BoilerplateRemover
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new TextRanges(text);
        // Line ending of a blank line waiting to be written before the next kept line. A blank line without an
        // ending is the last line of the text, so a pending break is always a range of the input.
        (int Start, int End)? pendingBreak = null;
        var previousKept = ReadOnlySpan<char>.Empty;
        var position = 0;
        while (position < text.Length)
        {
            var lineStart = position;
            var (contentEnd, lineEnd) = NextLine(text, position);
            var content = text.AsSpan(position, contentEnd - position);
            position = lineEnd;

            if (content.IsWhiteSpace())
            {
                if (!output.IsEmpty)
                {
                    pendingBreak ??= (contentEnd, lineEnd);
                }

                continue;
            }

            var trimmed = content.Trim();
            if (FurnitureLine.IsFurniture(trimmed) || trimmed.SequenceEqual(previousKept))
            {
                continue;
            }

            if (pendingBreak is { } range)
            {
                output.Add(range.Start, range.End);
                pendingBreak = null;
            }

            output.Add(lineStart, lineEnd);
            previousKept = trimmed;
        }

        return output.ToTrimmedString();
    }

    /// <summary>End of the line's content and start of the next line; a line ends at CRLF, LF, CR or U+2028/9.</summary>
    private static (int ContentEnd, int LineEnd) NextLine(string text, int start)
    {
        var i = text.AsSpan(start).IndexOfAny("\r\n\u2028\u2029\u0085");
        if (i < 0)
        {
            return (text.Length, text.Length);
        }

        var end = start + i;
        var next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return (end, next);
    }
}
