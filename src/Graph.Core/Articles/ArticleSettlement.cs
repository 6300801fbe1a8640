namespace Graph.Core.Articles;

/// <summary>The final fate of an item read from a source: written, or refused with the reason (bad input).</summary>
public sealed record ArticleSettlement
{
    private ArticleSettlement(string? refusedBecause)
    {
        RefusedBecause = refusedBecause;
    }

    public static ArticleSettlement Written { get; } = new((string?)null);

    /// <summary>Why the item can never be written; null when it was written.</summary>
    public string? RefusedBecause { get; }

    public bool IsWritten => RefusedBecause is null;

    public static ArticleSettlement Refused(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ArticleSettlement(reason);
    }
}
