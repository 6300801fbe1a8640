using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;

namespace Graph.Extraction.Relations;

/// <summary>
/// A fact's confidence from its evidence: how the subject was found, how far the parts are from the trigger,
/// whether the sentence hedges ("seraient", "selon", "allegedly") and whether the act is only announced.
/// </summary>
internal sealed class ConfidenceScorer(DomainLexicon lexicon)
{
    private readonly PhraseMatcher<bool> hedges = lexicon.Cue(OntologyCues.Hedges);

    /// <param name="announced">The act is announced for later ("va déployer"): likely, not yet done.</param>
    public double Score(SentenceView view, TriggerHit trigger, SubjectSource source, int distance, bool announced = false)
    {
        var score = source switch
        {
            SubjectSource.Agent => 0.92,
            SubjectSource.Clause => 0.9,
            SubjectSource.Inverted => 0.9,
            SubjectSource.Demonym => 0.75,
            SubjectSource.Pronoun => 0.75,
            _ => 0.5,
        };
        if (view.Hedged ??= IsHedged(view))
        {
            score -= 0.15;
        }
        if (announced)
        {
            score -= 0.1;
        }
        if (distance > 12)
        {
            score -= 0.1;
        }
        return Math.Round(Math.Clamp(score, 0.05, 0.99), 2);
    }

    private bool IsHedged(SentenceView view)
    {
        for (var k = view.Start; k < view.End; k++)
        {
            if (view.Is(k, WordClass.HedgeStart) && hedges.MatchAt(view.Tokens, k, view.End) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
