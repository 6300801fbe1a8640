using System.Collections.Immutable;
using System.Globalization;
using Graph.Core.Extraction;

namespace Graph.Worker.Ingestion;

/// <summary>
/// Drops facts below a minimum confidence before mapping. Dropped facts become rejections, so the
/// <c>extract</c> report still shows what was left out and why.
/// </summary>
internal static class ConfidenceFilter
{
    public static ArticleExtraction Apply(ArticleExtraction extraction, double minConfidence)
    {
        if (minConfidence <= 0)
        {
            return extraction;
        }

        var kept = ImmutableArray.CreateBuilder<Fact>();
        var rejected = extraction.Rejected.ToBuilder();
        foreach (var fact in extraction.Relations)
        {
            if (fact.Confidence >= minConfidence)
            {
                kept.Add(fact);
                continue;
            }

            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{fact.Type} {fact.Subject} {fact.Object ?? "(statement)"}: confidence {fact.Confidence:0.###} below the minimum {minConfidence:0.###}");
            rejected.Add(new Rejection(reason, fact.Sentence, fact.Type, fact.Subject, fact.Object));
        }

        // The threshold is part of how the facts were made: re-ingesting with another one must rewrite the article.
        var version = minConfidence > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{extraction.ExtractorVersion}+min-confidence.{minConfidence:0.###}")
            : extraction.ExtractorVersion;
        return extraction with { Relations = kept.ToImmutable(), Rejected = rejected.ToImmutable(), ExtractorVersion = version };
    }
}
