using System.Text;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>A (subject, relation, object) triple in Text2KGBench's label form ("Abdel Fattah el-Sisi", "position held").</summary>
public sealed record BenchmarkTriple(string Subject, string Relation, string Obj)
{
    /// <summary>The benchmark's comparison key: the three parts lower-cased, whitespace and '_' removed, concatenated.</summary>
    public string Key => Normalise(Subject) + Normalise(Relation) + Normalise(Obj);

    /// <summary>
    /// The benchmark's normalisation of one part. Relations compare in this form too, so a Graph relation name
    /// (MILITARY_RANK) and the benchmark label ("military rank") are the same relation.
    /// </summary>
    public static string Normalise(string part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part)
        {
            if (c != '_' && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
