using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Neo4j.Internal;

/// <summary>Reads major and minor from version strings such as <c>3.1.1</c>, <c>5.26.0-aura</c>, <c>2025.01.0</c>.</summary>
internal static partial class ServerVersion
{
    public static (int Major, int Minor) Parse(string version)
    {
        var match = VersionPattern().Match(version);
        if (!match.Success)
        {
            throw new Neo4jException("Graph.Neo4j.Discovery", $"Cannot read the Neo4j version '{version}'.", Neo4jErrorKind.Protocol);
        }

        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\s*(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();
}
