namespace Graph.Core.Articles;

/// <summary>
/// An article as loaded from its source, before any extraction. <see cref="Text"/> is the body after
/// boilerplate removal; every offset reported downstream points into it.
/// </summary>
/// <param name="Id">Stable id, derived from the file name so a re-ingest of the same file replaces it.</param>
/// <param name="FileName">The file name as given (no folder), used in reports and the JSON contract.</param>
/// <param name="Published">ISO date (yyyy-MM-dd) or date-time when known.</param>
/// <param name="Sha256">Hash of the raw file bytes: unchanged hash means an unchanged article.</param>
public sealed record Article(
    string Id,
    string FileName,
    string? Title,
    string Text,
    string Language,
    string? Published,
    string? Url,
    string? Source,
    string Sha256);
