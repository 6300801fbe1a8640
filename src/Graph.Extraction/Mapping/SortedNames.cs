using System.Collections.Immutable;

namespace Graph.Extraction.Mapping;

/// <summary>An entity's names for its node: its aliases and its name, distinct, in ordinal order.</summary>
internal static class SortedNames
{
    /// <remarks>
    /// Aliases from extraction are already distinct and sorted: the name is then inserted by binary search instead
    /// of sorting again. Anything else takes the general path, which gives the same result.
    /// </remarks>
    public static ImmutableArray<string> With(ImmutableArray<string> aliases, string name)
    {
        if (!IsStrictlyAscending(aliases))
        {
            return aliases.Add(name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        }
        var at = aliases.AsSpan().BinarySearch(name, StringComparer.Ordinal);
        return at >= 0 ? aliases : aliases.Insert(~at, name);
    }

    private static bool IsStrictlyAscending(ImmutableArray<string> names)
    {
        for (var i = 1; i < names.Length; i++)
        {
            if (string.CompareOrdinal(names[i - 1], names[i]) >= 0)
            {
                return false;
            }
        }
        return true;
    }
}
