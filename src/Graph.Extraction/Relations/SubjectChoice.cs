using Graph.Extraction.Resolution;

namespace Graph.Extraction.Relations;

internal enum SubjectSource
{
    None,
    Agent,
    Clause,
    Inverted,
    Demonym,
    Pronoun,
}

/// <summary>The subjects found for one trigger and how they were found (which sets the confidence).</summary>
internal sealed record SubjectChoice(IReadOnlyList<ResolvedMention> Subjects, SubjectSource Source)
{
    public static readonly SubjectChoice None = new([], SubjectSource.None);
}
