using System.Buffers;
using System.Globalization;
using System.Text;

namespace Graph.Worker.Output;

/// <summary>
/// Text from articles and file names made safe to print on a terminal: every control character but tab and line
/// feed (ESC above all, which starts the sequences that recolour, retitle or rewrite a terminal) is shown as a
/// visible <c>\u001B</c> instead of being sent.
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    public static string Escape(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(Controls) < 0)
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Controls.Contains(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
