namespace Graph.Extraction.Ontology;

/// <summary>How a qualifier's value is read from the sentence.</summary>
public enum QualifierKind
{
    /// <summary>The number written just before a word of the cue set ("près de 11 000 soldats" gives 11000).</summary>
    Count,

    /// <summary>The word of the cue set itself, as the sentence writes it ("des missiles" gives "missiles").</summary>
    Noun,
}

/// <summary>A qualifier a relation declares (<c>qualifiers: {troops: {count: troop_nouns}}</c>): only those relations get it.</summary>
/// <param name="Name">The property name on the fact ("troops", "weapon").</param>
/// <param name="Cue">The cue set whose words the value is read next to.</param>
public sealed record QualifierDefinition(string Name, QualifierKind Kind, string Cue);
