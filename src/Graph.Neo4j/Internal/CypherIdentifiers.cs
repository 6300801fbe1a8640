using System.Text.RegularExpressions;

namespace Graph.Neo4j.Internal;

/// <summary>
/// The only strings spliced into Cypher text. GraphBatch promises ontology-validated names; this checks again,
/// strictly, because a label or type cannot be a parameter and an unchecked one would be Cypher injection.
/// </summary>
internal static partial class CypherIdentifiers
{
    // Node labels of the graph model itself; an entity carrying one would be mistaken for that node kind.
    private static readonly HashSet<string> ReservedLabels = new(StringComparer.Ordinal) { "Article", "Evidence", "Statement" };

    public static string Label(string label)
    {
        if (label is null || !LabelPattern().IsMatch(label) || ReservedLabels.Contains(label))
        {
            throw new ArgumentException(
                $"Entity label '{label}' is not allowed: it must match ^[A-Z][A-Za-z0-9_]{{0,63}}$ and not be Article, Evidence or Statement. " +
                "Fix the ontology or the mapping that produced it.",
                nameof(label));
        }

        return label;
    }

    /// <summary>True for a label an entity type may have (not Entity itself, nor a reserved or malformed one).</summary>
    public static bool IsEntityLabel(string label) =>
        label != "Entity" && LabelPattern().IsMatch(label) && !ReservedLabels.Contains(label);

    public static string RelationshipType(string type)
    {
        if (type is null || !RelationshipTypePattern().IsMatch(type))
        {
            throw new ArgumentException(
                $"Relationship type '{type}' is not allowed: it must match ^[A-Z][A-Z0-9_]{{0,63}}$. Fix the ontology or the mapping that produced it.",
                nameof(type));
        }

        return type;
    }

    /// <summary>A qualifier name, stored as a property of evidence and facts (it is spliced into SET clauses).</summary>
    public static string PropertyKey(string key)
    {
        if (key is null || !PropertyKeyPattern().IsMatch(key))
        {
            throw new ArgumentException(
                $"Qualifier '{key}' is not allowed: it must match ^[A-Za-z][A-Za-z0-9_]{{0,63}}$. Fix the ontology or the mapping that produced it.",
                nameof(key));
        }

        return key;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyKeyPattern();

    [GeneratedRegex("^[A-Z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipTypePattern();
}
