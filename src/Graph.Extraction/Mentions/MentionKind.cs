namespace Graph.Extraction.Mentions;

internal enum MentionKind
{
    /// <summary>An alias of a known entity.</summary>
    KnownName,

    /// <summary>A capital city: the place, or its government when it acts or speaks.</summary>
    Capital,

    /// <summary>A description that picks out an entity ("le président russe").</summary>
    Role,

    /// <summary>A generic treaty noun ("l'accord").</summary>
    TreatyNoun,

    /// <summary>A name the ontology does not know, typed by its cues.</summary>
    NewName,

    /// <summary>A state's body named by description ("South Korea's foreign ministry"), from the ontology's institutions.</summary>
    Institution,

    /// <summary>A state's accession to an organisation, read as a treaty ("Sweden's NATO accession").</summary>
    Accession,

    /// <summary>A lone capitalised word that may be the surname of a person named elsewhere in the article.</summary>
    NamePart,

    /// <summary>
    /// The name of a thing the ontology has no type for ("Storm Shadow cruise missiles", "aboard Air Force One"):
    /// read whole so that no part of it is taken for a name, then dropped.
    /// </summary>
    Thing,
}
