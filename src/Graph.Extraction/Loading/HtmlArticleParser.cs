using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Graph.Extraction.Loading;

/// <summary>
/// Extracts an article from an HTML page: title from og:title or &lt;title&gt;, date from article:published_time
/// (or similar meta), and the text of the article body with scripts, styles, navigation, footers, asides, forms
/// and hidden elements removed. Block elements become paragraph breaks so sentences never run across them.
/// </summary>
internal static class HtmlArticleParser
{
    private const string Removed =
        "script, style, noscript, template, nav, footer, aside, form, iframe, svg, canvas, button, select, "
        + "[hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary']";

    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.Ordinal,
    [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd", "pre",
        "address", "hr", "caption", "details", "summary",
    ]);

    internal static ParsedArticle Parse(string html, int maxNesting)
    {
        if (HtmlNesting.Depth(html, maxNesting) > maxNesting)
        {
            throw new ArticleReadException(
                $"nests HTML elements more than {maxNesting} deep (Graph:MaxHtmlNesting); real pages nest a few dozen, so it was not parsed");
        }

        // As a browser with scripting on parses it: <noscript> content stays inside its element (removed below)
        // instead of spilling into the body as text when it sits in <head>.
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html);
        var title = Meta(document, "meta[property='og:title']", "meta[name='og:title']", "meta[name='twitter:title']")
            ?? NonEmpty(document.Title)
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent);
        var published = Meta(document,
            "meta[property='article:published_time']", "meta[name='article:published_time']",
            "meta[itemprop='datePublished']", "meta[property='og:published_time']", "meta[name='date']",
            "meta[name='pubdate']", "meta[name='dc.date']", "meta[name='DC.date.issued']")
            ?? NonEmpty(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = NonEmpty(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"))
            ?? Meta(document, "meta[property='og:url']");
        var source = Meta(document, "meta[property='og:site_name']", "meta[name='application-name']");

        foreach (var element in document.QuerySelectorAll(Removed).ToList())
        {
            element.Remove();
        }

        var container = document.QuerySelector("[itemprop='articleBody']")
            ?? document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length)
            ?? document.QuerySelector("main")
            ?? document.Body
            ?? document.DocumentElement;

        var text = new StringBuilder();
        AppendText(container, text, preformatted: false);
        return new ParsedArticle(Normalise(text.ToString()), title?.Trim(), published, url, source);
    }

    private static void AppendText(INode node, StringBuilder text, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                AppendCollapsed(child.TextContent, text, preformatted);
                continue;
            }

            if (child is not IElement element)
            {
                continue; // comments, processing instructions
            }

            var name = element.LocalName;
            if (name == "br")
            {
                text.Append('\n');
                continue;
            }

            var block = BlockElements.Contains(name);
            if (block)
            {
                text.Append("\n\n");
            }

            AppendText(element, text, preformatted || name == "pre");
            if (block)
            {
                text.Append("\n\n");
            }
        }
    }

    /// <summary>HTML whitespace rules: runs of spaces and newlines in source become one space, except in &lt;pre&gt;.</summary>
    private static void AppendCollapsed(string value, StringBuilder text, bool preformatted)
    {
        foreach (var c in value)
        {
            var space = c is '\u00A0' or '\u202F' || char.IsWhiteSpace(c);
            if (preformatted && c == '\n')
            {
                text.Append('\n');
            }
            else if (!space)
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] is not (' ' or '\n'))
            {
                text.Append(' ');
            }
        }
    }

    /// <summary>Trims every line and keeps at most one blank line between paragraphs.</summary>
    private static string Normalise(string text)
    {
        var output = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                blank = output.Length > 0;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(blank ? "\n\n" : "\n");
            }

            output.Append(line);
            blank = false;
        }

        return output.ToString();
    }

    private static string? Meta(IDocument document, params ReadOnlySpan<string> selectors)
    {
        foreach (var selector in selectors)
        {
            var content = NonEmpty(document.QuerySelector(selector)?.GetAttribute("content"));
            if (content is not null)
            {
                return content.Trim();
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
