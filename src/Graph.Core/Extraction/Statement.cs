using System.Collections.Immutable;

namespace Graph.Core.Extraction;

/// <summary>What a speaker said, with the entities it is about.</summary>
public sealed record Statement(string Text, TextSpan Span, ImmutableArray<string> About);
