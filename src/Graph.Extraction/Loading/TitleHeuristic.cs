namespace Graph.Extraction.Loading;

/// <summary>Plain text has no title field: a short first line without a final period is taken as the headline.</summary>
internal static class TitleHeuristic
{
    internal const int MaxTitleLength = 150;

    internal static string? FirstLine(string text)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            return line.Length < MaxTitleLength && line[^1] is not ('.' or '…' or ':' or ',' or ';')
                ? line.ToString()
                : null;
        }

        return null;
    }
}
