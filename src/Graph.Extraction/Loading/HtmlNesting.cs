using System.Collections.Frozen;

namespace Graph.Extraction.Loading;

/// <summary>
/// A quick scan of an HTML page for elements nested deeper than a limit, before it is parsed: the HTML parser's time
/// grows faster than the depth (100,000 nested divs took 40 s), and the text walk recurses once per level.
/// </summary>
/// <remarks>
/// It counts start tags minus end tags, leaving out void elements (br, img…) and elements whose end tag may be
/// omitted (p, li, td…), which a real page often leaves open; script, style and other raw-text content is skipped,
/// as are comments. It over-counts only pages that leave other elements open, so the limit is set well above
/// any real page.
/// </remarks>
internal static class HtmlNesting
{
    private static readonly FrozenSet<string> NotCounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // elements whose end tag may be omitted
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "rb", "rt", "rtc", "rp", "colgroup", "caption",
    ]);

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The depth the page reaches, counting up to <paramref name="limit"/> + 1 at most.</summary>
    internal static int Depth(string html, int limit)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                i = end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == start || !char.IsAsciiLetter(html[start]))
            {
                i++; // "<" in text, "<!DOCTYPE", "<?xml"
                continue;
            }

            var name = html[start..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            i = tagEnd + 1;
            if (NotCounted.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (html[tagEnd - 1] == '/')
            {
                continue; // <x/>: foreign elements close themselves
            }

            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            depth++;
            deepest = Math.Max(deepest, depth);
            if (deepest > limit)
            {
                return deepest;
            }
        }

        return deepest;
    }
}
