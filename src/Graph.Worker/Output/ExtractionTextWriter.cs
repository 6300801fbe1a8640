using System.Globalization;
using Graph.Core.Extraction;

namespace Graph.Worker.Output;

/// <summary>The readable listing of <c>graph extract --format text</c>: one block per article.</summary>
internal static class ExtractionTextWriter
{
    public static void Write(TextWriter output, ExtractionResults results)
    {
        foreach (var extraction in results.Articles)
        {
            WriteArticle(output, extraction);
        }

        WriteFailures(output, results.Failed);
    }

    public static void WriteFailures(TextWriter output, IReadOnlyList<Ingestion.FailedFile> failures)
    {
        if (failures.Count > 0)
        {
            output.WriteLine($"Failed files ({failures.Count})");
            foreach (var failed in failures)
            {
                output.WriteLine($"  {TerminalText.Escape(failed.Path)}: {TerminalText.Escape(failed.Reason)}");
            }
        }
    }

    /// <summary>One article's block, followed by an empty line.</summary>
    public static void WriteArticle(TextWriter output, ArticleExtraction extraction)
    {
        var article = extraction.Article;
        var details = TerminalText.Escape(string.Join(", ", new[] { article.Language, article.Published }.Where(d => !string.IsNullOrEmpty(d))));
        output.WriteLine($"== {TerminalText.Escape(article.FileName)} ({details})");
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            output.WriteLine($"   {TerminalText.Escape(article.Title)}");
        }

        output.WriteLine($"Entities ({extraction.Entities.Length})");
        foreach (var entity in extraction.Entities)
        {
            var wikidata = entity.Wikidata is null ? string.Empty : $" {entity.Wikidata}";
            var mentions = string.Join(", ", entity.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal));
            output.WriteLine(TerminalText.Escape($"  {entity.Name} [{entity.Type}] {entity.Id}{wikidata}: {entity.Mentions.Length} mention(s): {mentions}"));
        }

        output.WriteLine($"Relations ({extraction.Relations.Length})");
        foreach (var fact in extraction.Relations)
        {
            var properties = string.Concat(fact.Properties.Select(p => FormattableString.Invariant($" {p.Key}={p.Value}")));
            var confidence = fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine(TerminalText.Escape($"  {fact.Subject} {fact.Type} {fact.Object ?? "(statement)"} ({confidence}){properties}"));
            if (fact.Statement is { } statement)
            {
                output.WriteLine($"      said: \"{TerminalText.Escape(statement.Text)}\"");
            }

            output.WriteLine($"      {fact.SentenceSpan}: {TerminalText.Escape(fact.Sentence)}");
        }

        if (extraction.Rejected.Length > 0)
        {
            output.WriteLine($"Rejected ({extraction.Rejected.Length})");
            foreach (var rejection in extraction.Rejected)
            {
                output.WriteLine($"  {TerminalText.Escape(rejection.Reason)}: {TerminalText.Escape(rejection.Sentence)}");
            }
        }

        output.WriteLine();
    }
}
