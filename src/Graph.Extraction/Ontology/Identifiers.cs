using System.Text.RegularExpressions;

namespace Graph.Extraction.Ontology;

/// <summary>
/// The shapes of names that end up as Cypher identifiers or node ids. Labels and relationship types cannot be
/// query parameters, so only these shapes may ever reach a query.
/// </summary>
public static partial class Identifiers
{
    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex TypeNameRegex();

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$")]
    private static partial Regex RelationNameRegex();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex EntityIdRegex();

    public static bool IsTypeName(string value) => TypeNameRegex().IsMatch(value);

    public static bool IsRelationName(string value) => RelationNameRegex().IsMatch(value);

    public static bool IsEntityId(string value) => value.Length <= 128 && EntityIdRegex().IsMatch(value);

    /// <summary>Names Neo4j itself uses for the graph's own structure; an entity type may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedLabels =
        new HashSet<string>(["Entity", "Article", "Evidence", "Statement"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> ReservedRelations =
        new HashSet<string>(["MENTIONS", "SUBJECT", "OBJECT", "FROM", "ABOUT"], StringComparer.Ordinal);
}
