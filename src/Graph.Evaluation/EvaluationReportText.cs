using System.Globalization;
using System.Text;

namespace Graph.Evaluation;

/// <summary>Plain-text rendering of an <see cref="EvaluationReport"/>, fixed-width so it reads in a terminal.</summary>
internal static class EvaluationReportText
{
    private const string Header =
        "article                      lang |  ent P   ent R  ent F1  tp/fp/fn   |  rel P   rel R  rel F1  tp/fp/fn   | types";

    internal static string Format(EvaluationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Header).AppendLine(new string('-', Header.Length));
        foreach (var article in report.Articles)
        {
            Row(text, article.Article, article.Language, article.Entities, article.Relations, article.TypeMismatches.Length);
        }

        text.AppendLine(new string('-', Header.Length));
        foreach (var summary in report.Languages.Append(report.Overall))
        {
            Row(text, $"{summary.Scope} ({summary.Articles} articles)", string.Empty, summary.Entities, summary.Relations, summary.TypeMismatches);
        }

        TypeTable(text, report);

        if (!report.MissingArticles.IsEmpty)
        {
            text.AppendLine().Append("Not extracted (scored as missed): ").AppendJoin(", ", report.MissingArticles).AppendLine();
        }

        if (!report.UngradedArticles.IsEmpty)
        {
            text.AppendLine().Append("No gold (not scored): ").AppendJoin(", ", report.UngradedArticles).AppendLine();
        }

        text.AppendLine().AppendLine("Errors");
        foreach (var article in report.Articles)
        {
            if (article.EntityFalsePositives.IsEmpty && article.EntityFalseNegatives.IsEmpty && article.RelationFalsePositives.IsEmpty
                && article.RelationFalseNegatives.IsEmpty && article.TypeMismatches.IsEmpty)
            {
                continue;
            }

            text.AppendLine().AppendLine(article.Article);
            List(text, "entity FP", article.EntityFalsePositives);
            List(text, "entity FN", article.EntityFalseNegatives);
            List(text, "relation FP", article.RelationFalsePositives.Select(t => t.ToString()));
            List(text, "relation FN", article.RelationFalseNegatives.Select(t => t.ToString()));
            List(text, "type", article.TypeMismatches.Select(m => $"{m.GoldId}: gold {m.GoldType}, extracted {m.ExtractedType}"));
        }

        return text.ToString();
    }

    private const string TypeHeader = "relation type     lang |  rel P   rel R  rel F1  tp/fp/fn";

    /// <summary>Relation scores per type, then per language within the type, then over all languages.</summary>
    private static void TypeTable(StringBuilder text, EvaluationReport report)
    {
        var types = report.Overall.RelationsByType.Keys;
        if (report.Overall.RelationsByType.IsEmpty)
        {
            return;
        }
        text.AppendLine().AppendLine(TypeHeader).AppendLine(new string('-', TypeHeader.Length));
        foreach (var type in types)
        {
            foreach (var summary in report.Languages.Append(report.Overall))
            {
                if (summary.RelationsByType.TryGetValue(type, out var score))
                {
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"{Fit(type, 17),-17} {summary.Scope,-4} | {score.Precision,6:0.000}  {score.Recall,6:0.000}  {score.F1,6:0.000}  {Counts(score)}"));
                }
            }
        }
    }

    private static void Row(StringBuilder text, string name, string language, Score entities, Score relations, int types) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{Fit(name, 28),-28} {language,-4} | {entities.Precision,6:0.000}  {entities.Recall,6:0.000}  {entities.F1,6:0.000}  {Counts(entities),-10} | {relations.Precision,6:0.000}  {relations.Recall,6:0.000}  {relations.F1,6:0.000}  {Counts(relations),-10} | {types,5}"));

    private static string Counts(Score score) => $"{score.TruePositives}/{score.FalsePositives}/{score.FalseNegatives}";

    private static string Fit(string value, int width) => value.Length <= width ? value : value[..(width - 1)] + "…";

    private static void List(StringBuilder text, string label, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            text.Append("  ").Append(label).Append(": ").AppendJoin(", ", list).AppendLine();
        }
    }
}
