namespace Graph.Extraction.Loading;

/// <summary>A path with every symbolic link resolved, component by component (what realpath(3) gives).</summary>
internal static class RealPath
{
    /// <summary>The kernel's own limit on links followed in one lookup (Linux MAXSYMLINKS).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The resolved absolute path, or null for a link loop. A path that does not exist is resolved as far as it
    /// goes. On Windows, the full path with the final link resolved.
    /// </summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }

        var pending = new Stack<string>();
        Push(pending, full);
        var current = "/";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            Push(pending, target);
            if (Path.IsPathRooted(target))
            {
                current = "/";
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it (both resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return string.Equals(path, folder, StringComparison.Ordinal) || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
