using Graph.Core;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Resolution;

/// <summary>A mention tied to the entity it refers to within the article.</summary>
internal sealed record ResolvedMention(int TokenStart, int TokenEnd, TextSpan Span, string Text, string EntityId, string Type, MentionKind Kind, int Sentence);
