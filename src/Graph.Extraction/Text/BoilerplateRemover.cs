using System.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// Removes page furniture from an article body, line by line: bylines, agency lines, photo credits, timestamps,
/// share buttons, comment widgets, advertising markers and a headline repeated on the next line.
/// </summary>
/// <remarks>
/// Kept lines are copied unchanged with their own line ending (CRLF stays CRLF), so the cleaned text is a
/// subsequence of the input lines. Paragraph breaks survive as a single blank line; leading and trailing blank
/// lines are dropped. Which lines count as furniture is decided by <see cref="FurnitureLine"/>.
/// </remarks>
public static class BoilerplateRemover
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        string? pendingBreak = null; // line ending of a blank line waiting to be written before the next kept line
        var previousKept = string.Empty;
        var position = 0;
        while (position < text.Length)
        {
            var (contentEnd, lineEnd) = NextLine(text, position);
            var content = text.AsSpan(position, contentEnd - position);
            var ending = text[contentEnd..lineEnd];
            position = lineEnd;

            if (content.IsWhiteSpace())
            {
                if (output.Length > 0)
                {
                    pendingBreak ??= ending.Length > 0 ? ending : "\n";
                }

                continue;
            }

            var line = content.ToString();
            var trimmed = line.Trim();
            if (FurnitureLine.IsFurniture(trimmed) || string.Equals(trimmed, previousKept, StringComparison.Ordinal))
            {
                continue;
            }

            if (pendingBreak is not null)
            {
                output.Append(pendingBreak);
                pendingBreak = null;
            }

            output.Append(line).Append(ending.Length > 0 ? ending : string.Empty);
            previousKept = trimmed;
        }

        return output.ToString().TrimEnd();
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
