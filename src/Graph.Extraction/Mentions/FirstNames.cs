using System.Collections.Frozen;

namespace Graph.Extraction.Mentions;

/// <summary>
/// First names (English lists, fetched at build time and embedded; see Graph.Extraction.csproj): a capitalised
/// run that starts with one is evidence of a person. Empty when the build could not fetch them.
/// </summary>
internal static class FirstNames
{
    private static readonly Lazy<FrozenSet<string>> All = new(Load);

    public static bool Contains(string word) => All.Value.Contains(word);

    public static int Count => All.Value.Count;

    private static FrozenSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in new[] { "Graph.Extraction.FirstNames.male.txt", "Graph.Extraction.FirstNames.female.txt" })
        {
            using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(resource);
            if (stream is null)
            {
                continue;
            }
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                // Written as in the text ("Marek"): a lower-case word is never taken for a first name.
                if (line.Trim() is { Length: > 1 } name)
                {
                    names.Add(name);
                }
            }
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
