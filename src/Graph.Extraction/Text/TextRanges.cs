namespace Graph.Extraction.Text;

/// <summary>
/// Ranges of one text, added in order and joined once at the end; a range that starts where the previous one
/// ends extends it, so a text kept whole stays one range and costs no copy.
/// </summary>
/// <remarks>A mutable struct: keep it in a local and do not copy it.</remarks>
internal struct TextRanges(string text)
{
    private (int Start, int End) first = (-1, -1);
    private List<(int Start, int End)>? more;

    public readonly bool IsEmpty => first.Start < 0;

    public void Add(int start, int end)
    {
        if (IsEmpty)
        {
            first = (start, end);
        }
        else if (more is null && first.End == start)
        {
            first.End = end;
        }
        else if (more is null)
        {
            more = [(start, end)];
        }
        else if (more[^1].End == start)
        {
            more[^1] = (more[^1].Start, end);
        }
        else
        {
            more.Add((start, end));
        }
    }

    /// <summary>The joined ranges without trailing white space, as <see cref="string.TrimEnd()"/> on the joined text gives.</summary>
    public readonly string ToTrimmedString()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        if (more is null)
        {
            var end = first.End;
            while (end > first.Start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end == first.Start ? string.Empty : first.Start == 0 && end == text.Length ? text : text[first.Start..end];
        }

        List<(int Start, int End)> ranges = [first, .. more];
        while (ranges.Count > 0)
        {
            var (start, end) = ranges[^1];
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                ranges[^1] = (start, end);
                break;
            }

            ranges.RemoveAt(ranges.Count - 1);
        }

        return ranges.Count switch
        {
            0 => string.Empty,
            1 when ranges[0] == (0, text.Length) => text,
            1 => text[ranges[0].Start..ranges[0].End],
            _ => Join(text, ranges),
        };
    }

    private static string Join(string text, List<(int Start, int End)> ranges)
    {
        var length = 0;
        foreach (var (start, end) in ranges)
        {
            length += end - start;
        }

        return string.Create(length, (text, ranges), static (chars, state) =>
        {
            var at = 0;
            foreach (var (start, end) in state.ranges)
            {
                state.text.AsSpan(start, end - start).CopyTo(chars[at..]);
                at += end - start;
            }
        });
    }
}
