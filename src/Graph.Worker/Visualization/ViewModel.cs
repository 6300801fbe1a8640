namespace Graph.Worker.Visualization;

// The data the page draws, serialised to JSON and embedded in it. Node ids are prefixed by kind ("e:" entity,
// "s:" statement) because entity and statement ids live in different key spaces in the database.

/// <summary>Everything the page shows: the filter it was made with, nodes, facts, their evidence and articles.</summary>
internal sealed record ViewGraph(
    ViewFilter Filter,
    IReadOnlyList<ViewNode> Nodes,
    IReadOnlyList<ViewEdge> Edges,
    IReadOnlyDictionary<string, ViewArticle> Articles,
    IReadOnlyList<ViewEvidence> Evidence);

/// <summary>How the view was restricted, shown in the page's header.</summary>
internal sealed record ViewFilter(string? Entity, int? Depth, IReadOnlyList<string> Relations, string? From, string? To);

/// <param name="Kind"><c>entity</c> or <c>statement</c>.</param>
/// <param name="Type">The entity type label (Person, Country…), or <c>Statement</c>.</param>
/// <param name="Mentions">Articles mentioning the entity, most mentions first.</param>
internal sealed record ViewNode(
    string Id,
    string Kind,
    string Type,
    string Name,
    string? Text,
    IReadOnlyList<string> Aliases,
    string? Wikidata,
    IReadOnlyList<ViewMention> Mentions);

internal sealed record ViewMention(string Article, long Count);

/// <summary>A fact (or a statement's ABOUT link, which has no evidence of its own).</summary>
/// <param name="When">The date the timeline places the fact at: its own <c>date</c>, else its earliest article's.</param>
/// <param name="WhenSource"><c>fact</c> when <paramref name="When"/> is the fact's date, <c>article</c> when it is a publication date.</param>
/// <param name="Evidence">Indexes into <see cref="ViewGraph.Evidence"/>.</param>
internal sealed record ViewEdge(
    string Id,
    string From,
    string To,
    string Type,
    string? Date,
    long? Troops,
    IReadOnlyList<string> ClaimedBy,
    IReadOnlyList<string> Articles,
    string? When,
    string? WhenSource,
    IReadOnlyList<int> Evidence);

internal sealed record ViewEvidence(string Sentence, string Article, double? Confidence);

internal sealed record ViewArticle(string Id, string? Title, string? Source, string? Url, string? Published);
