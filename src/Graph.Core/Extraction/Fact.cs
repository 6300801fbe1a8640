using System.Collections.Immutable;

namespace Graph.Core.Extraction;

/// <summary>
/// A relation drawn from one sentence. <see cref="Object"/> is an entity id, or null for statement-like
/// relations (STATED), whose content is in <see cref="Statement"/>.
/// </summary>
/// <param name="Sentence">The sentence text the fact comes from.</param>
/// <param name="SentenceSpan">Offsets of that sentence in the article text.</param>
/// <param name="Properties">Qualifiers: troops (long), date (string), claimedBy (entity id) and any others.</param>
public sealed record Fact(
    string Subject,
    string Type,
    string? Object,
    string Sentence,
    TextSpan SentenceSpan,
    ImmutableSortedDictionary<string, object> Properties,
    double Confidence,
    Statement? Statement = null);
