using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Loading;

/// <summary>
/// Turns Markdown into plain text: headings, emphasis, list markers, quotes, links and images keep only their
/// text; code blocks, rules and link definitions go. A leading front-matter block (--- key: value ---) supplies
/// title, date, url, source and language.
/// </summary>
internal static partial class MarkdownArticleParser
{
    internal static ParsedArticle Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var first = 0;
        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
            if (close > 0)
            {
                for (var i = 1; i < close; i++)
                {
                    var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        front[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim().Trim('"', '\'');
                    }
                }

                first = close + 1;
            }
        }

        var text = new StringBuilder(markdown.Length);
        var inFence = false;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || Rule().IsMatch(line) || LinkDefinition().IsMatch(line))
            {
                text.Append('\n');
                continue;
            }

            text.Append(Inline(Block().Replace(line, string.Empty))).Append('\n');
        }

        var body = text.ToString();
        return new ParsedArticle(
            Body: body,
            Title: front.GetValueOrDefault("title"),
            Published: front.GetValueOrDefault("date") ?? front.GetValueOrDefault("published"),
            Url: front.GetValueOrDefault("url"),
            Source: front.GetValueOrDefault("source"),
            Language: front.GetValueOrDefault("language") ?? front.GetValueOrDefault("lang"));
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "$1");
        line = Link().Replace(line, "$1");
        line = AutoLink().Replace(line, "$1");
        line = HtmlTag().Replace(line, string.Empty);
        line = Emphasis().Replace(line, "$2");
        line = Code().Replace(line, "$1");
        return Escape().Replace(line, "$1");
    }

    [GeneratedRegex(@"^\s*(```|~~~)")]
    private static partial Regex Fence();

    // Thematic breaks and setext heading underlines.
    [GeneratedRegex(@"^\s{0,3}(?:(?:[-*_]\s*){3,}|=+)\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+")]
    private static partial Regex LinkDefinition();

    // Heading hashes, blockquote markers and list bullets or numbers at the start of a line; trailing heading hashes.
    [GeneratedRegex(@"^\s{0,3}(?:>\s?)*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)?|\s+#+\s*$")]
    private static partial Regex Block();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    // **bold**, __bold__, *em*, _em_ (underscores only at word edges, so snake_case survives), ~~strike~~.
    [GeneratedRegex(@"(\*\*|__|~~|\*|(?<![\p{L}\p{N}])_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>])")]
    private static partial Regex Escape();
}
