using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Worker.Tests.Docker;

/// <summary>
/// A <c>.dockerignore</c> read as Docker reads it (moby's patternmatcher): one pattern per line, <c>#</c> comments,
/// patterns cleaned and anchored at the context root; <c>*</c> and <c>?</c> never cross a <c>/</c>, <c>**</c> spans
/// any number of folders (none included); a path is excluded when a pattern matches it or one of its parent folders;
/// <c>!pattern</c> re-includes; the last pattern that matches decides.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exception)> _patterns = [];

    public DockerIgnore(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var exception = line.StartsWith('!');
            var pattern = Clean(exception ? line[1..].Trim() : line);
            if (pattern.Length > 0)
            {
                _patterns.Add((new Regex(ToRegex(pattern), RegexOptions.CultureInvariant), exception));
            }
        }
    }

    public static DockerIgnore Load(string path) => new(File.Exists(path) ? File.ReadAllLines(path) : []);

    /// <param name="path">Relative to the build context, with <c>/</c> separators.</param>
    public bool Excludes(string path)
    {
        path = Clean(path);
        var parents = ParentsOf(path);
        var excluded = false;
        foreach (var (pattern, exception) in _patterns)
        {
            // Only a pattern that could change the verdict is tried, as Docker does.
            if (exception != excluded)
            {
                continue;
            }

            if (pattern.IsMatch(path) || parents.Any(pattern.IsMatch))
            {
                excluded = !exception;
            }
        }

        return excluded;
    }

    /// <summary>"a/b/c" gives "a" and "a/b".</summary>
    private static List<string> ParentsOf(string path)
    {
        var parents = new List<string>();
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            parents.Add(path[..slash]);
        }

        return parents;
    }

    /// <summary>Go's filepath.Clean for relative slash paths, and the leading "/" Docker drops.</summary>
    private static string Clean(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (inClass)
            {
                regex.Append(c == '\\' ? "\\\\" : c.ToString()); // a class ([a-z], [^/]) passes through
                inClass = c != ']';
            }
            else if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++; // "**/" is "**"
                }

                // "**" at the end takes everything; elsewhere any number of folders, none included.
                regex.Append(i + 1 == pattern.Length ? ".*" : "(.*/)?");
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[')
            {
                regex.Append(c);
                inClass = true;
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append('$').ToString();
    }
}
