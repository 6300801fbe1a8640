using System.Buffers;
using System.Text;

namespace Graph.Extraction.Loading;

/// <summary>
/// What an article may hold besides text. NUL refuses it: it is a sign of binary or corrupt data, and tools down the
/// line (CSV importers, terminals, C strings) cut or choke on it. Every other control character, C0 (but tab, line
/// feed and carriage return), DEL and C1, is removed; a terminal escape sequence (ESC [ … or ESC ] … BEL) goes
/// whole, so no colour code or window title survives as text. Form feed, vertical tab and NEL are line breaks and
/// become a line feed.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary>The value with its control characters removed; throws when it holds a NUL.</summary>
    public static string? Clean(string? value, string field)
    {
        if (value is null || value.AsSpan().IndexOfAny(Controls) < 0)
        {
            return value; // the usual case: nothing to do, nothing allocated
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArticleReadException(
                $"contains a NUL character (U+0000) in its {field}; an article is text, and NUL is refused in every format");
        }

        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!Controls.Contains(c))
            {
                clean.Append(c);
            }
            else if (c is '\f' or '\v' or '\u0085')
            {
                clean.Append('\n');
            }
            else if (c == '\u001b')
            {
                i = EndOfEscape(value, i);
            }
            else if (c == '\u009b')
            {
                i = EndOfCsi(value, i + 1);
            }
        }

        return clean.ToString();
    }

    /// <summary>The index of the last character of the escape sequence starting at <paramref name="escape"/>.</summary>
    private static int EndOfEscape(string value, int escape)
    {
        if (escape + 1 >= value.Length)
        {
            return escape;
        }

        return value[escape + 1] switch
        {
            '[' => EndOfCsi(value, escape + 2),
            ']' or 'P' or '_' or '^' or 'X' => EndOfString(value, escape + 2),
            >= '@' and <= '~' => escape + 1, // a two-character sequence such as ESC c
            _ => escape,
        };
    }

    /// <summary>CSI: parameter and intermediate bytes, then one final byte in @..~.</summary>
    private static int EndOfCsi(string value, int start)
    {
        for (var i = start; i < value.Length && i < start + 64; i++)
        {
            if (value[i] is >= '@' and <= '~')
            {
                return i;
            }

            if (value[i] is not (>= ' ' and <= '?'))
            {
                return i - 1; // not a sequence after all: keep what follows
            }
        }

        return start - 1;
    }

    /// <summary>OSC and other strings: up to BEL or ESC \ (the string terminator), at most a line's worth.</summary>
    private static int EndOfString(string value, int start)
    {
        for (var i = start; i < value.Length && i < start + 256; i++)
        {
            if (value[i] == '\u0007' || value[i] == '\u009c')
            {
                return i;
            }

            if (value[i] == '\u001b')
            {
                return i + 1 < value.Length && value[i + 1] == '\\' ? i + 1 : i - 1;
            }

            if (value[i] == '\n')
            {
                return i - 1;
            }
        }

        return start - 1;
    }
}
