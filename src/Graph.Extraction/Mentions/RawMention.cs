namespace Graph.Extraction.Mentions;

/// <summary>
/// A candidate mention before resolution: tokens [TokenStart, TokenEnd). <see cref="EntityId"/> is set for
/// known names, roles and capitals; <see cref="Type"/> and <see cref="Name"/> for new names.
/// </summary>
internal sealed record RawMention(int TokenStart, int TokenEnd, MentionKind Kind, string? EntityId, string? Type, string? Name)
{
    public int Length => TokenEnd - TokenStart;

    /// <summary>For an institution: the country named inside it, which the article mentions too.</summary>
    public NestedMention? Country { get; init; }
}
