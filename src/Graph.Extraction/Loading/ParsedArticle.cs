namespace Graph.Extraction.Loading;

/// <summary>What a format parser found in a file, before boilerplate removal and defaults.</summary>
/// <param name="Body">The article text with markup removed, paragraphs separated by blank lines.</param>
/// <param name="Published">A date as the file states it; normalised later.</param>
internal sealed record ParsedArticle(
    string Body,
    string? Title = null,
    string? Published = null,
    string? Url = null,
    string? Source = null,
    string? Language = null);
