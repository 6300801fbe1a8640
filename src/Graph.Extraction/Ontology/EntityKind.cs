namespace Graph.Extraction.Ontology;

/// <summary>
/// The closed set of entity kinds the engine has behaviour for (a person's name parts, a country's capital, a
/// place's route, a treaty's parties). An ontology says which of its types is which kind (<c>kind: person</c>);
/// the engine asks for kinds, never for type names, which stay the user's.
/// </summary>
public enum EntityKind
{
    /// <summary>A type the engine has no behaviour for: it is only a label.</summary>
    None,
    Person,
    Organization,
    Country,
    Location,
    Agreement,
}
