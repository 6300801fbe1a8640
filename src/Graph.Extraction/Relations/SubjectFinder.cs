using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Finds who did what a trigger says: the agent of a passive ("signé par X et Y"), an inverted speaker
/// ("a déclaré KCNA"), the subject of the clause ("La Corée du Nord a ratifié"), the antecedent of "qui",
/// or the last person named before a pronoun ("elle a affirmé").
/// </summary>
internal sealed class SubjectFinder(DomainLexicon lexicon)
{
    private const int AgentWindow = 6;

    public SubjectChoice Find(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, IReadOnlyList<TriggerHit> all, ResolutionResult resolution)
    {
        if (Agents(view, trigger) is { Count: > 0 } agents)
        {
            return new SubjectChoice(agents, SubjectSource.Agent);
        }
        var passive = IsPassive(view, trigger);
        if (passive && all.FirstOrDefault(t => t.Start > trigger.Start && t.Relation != trigger.Relation) is { } next
            && Agents(view, next) is { Count: > 0 } inherited)
        {
            // "a été ratifié sous la forme d'un décret signé par X": the decree's signer ratified.
            return new SubjectChoice(inherited, SubjectSource.Agent);
        }
        if (relation.SubjectFromDemonym && relation.RequiresCue is { } cue && DemonymSubject(view, cue) is { } country)
        {
            return new SubjectChoice([country], SubjectSource.Demonym);
        }
        if (passive || IsAttributive(view, trigger))
        {
            return SubjectChoice.None;
        }
        if (relation.ObjectIsStatement)
        {
            if (IsClaimMarker(view, trigger))
            {
                return Right(view, trigger) is { } source ? new SubjectChoice([source], SubjectSource.Inverted) : SubjectChoice.None;
            }
            var right = Right(view, trigger);
            if (right is not null && (IsInvertedPosition(view, trigger) || LeftCandidates(view, trigger).Count == 0))
            {
                return new SubjectChoice([right], SubjectSource.Inverted);
            }
            if (IsParticiple(view.Tokens[trigger.Start]) && FirstCandidate(view, trigger) is { } main)
            {
                return new SubjectChoice([main], SubjectSource.Clause);
            }
        }
        if (Antecedent(view, trigger) is { } antecedent)
        {
            return new SubjectChoice([antecedent], SubjectSource.Clause);
        }
        var left = LeftCandidates(view, trigger);
        if (left.Count > 0)
        {
            var chosen = relation.ObjectIsStatement || relation.RequiresCue is not null ? [left[^1]] : Coordinated(view, left);
            return new SubjectChoice(chosen, SubjectSource.Clause);
        }
        return PronounReferent(view, trigger, resolution) is { } referent
            ? new SubjectChoice([referent], SubjectSource.Pronoun)
            : SubjectChoice.None;
    }

    /// <summary>Entities after "par"/"by" that follows the trigger closely, coordinated with "et"/"and"/",".</summary>
    public List<ResolvedMention> Agents(SentenceView view, TriggerHit trigger)
    {
        var tokens = view.Tokens;
        var agentStart = -1;
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + AgentWindow); k++)
        {
            if (Grammar.Agents.Contains(tokens[k].Folded))
            {
                agentStart = k + 1;
                break;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," or ";" or "." or ":" || lexicon.Triggers.MatchWord(tokens[k].Folded) is not null)
            {
                break;
            }
        }
        var result = new List<ResolvedMention>();
        if (agentStart < 0)
        {
            return result;
        }
        var previousEnd = agentStart;
        foreach (var mention in view.Mentions.Where(m => m.TokenStart >= agentStart && !view.Document.IsQuoted(m.TokenStart)))
        {
            var gap = mention.TokenStart - previousEnd;
            var limit = result.Count == 0 ? AgentWindow : 5;
            if (gap > limit || GapBreaks(view, previousEnd, mention.TokenStart, result.Count == 0))
            {
                break;
            }
            result.Add(mention);
            previousEnd = mention.TokenEnd;
        }
        return result;
    }

    private bool GapBreaks(SentenceView view, int from, int to, bool first)
    {
        for (var k = from; k < to; k++)
        {
            var token = view.Tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text != "," && token.Text != "-")
            {
                return true;
            }
            if (!first && token.IsWord && !Grammar.Determiners.Contains(token.Folded) && token.Folded is not ("et" or "and") && !IsTitleWord(token))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsTitleWord(Token token) =>
        lexicon.IsCue(OntologyCues.PersonTitles, token) || lexicon.Demonyms.MatchWord(token.Folded) is not null || lexicon.Roles.MatchWord(token.Folded) is not null;

    private static bool IsPassive(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 3); k--)
        {
            var folded = view.Tokens[k].Folded;
            if (Grammar.PassiveAuxiliaries.Contains(folded))
            {
                return true;
            }
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.MentionAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A participle describing a noun ("le traité nouvellement ratifié", "les documents ratifiés, signés ...",
    /// "the treaty, signed in June") has no subject of its own: only a "par"/"by" agent names who did it.
    /// </summary>
    private static bool IsAttributive(SentenceView view, TriggerHit trigger)
    {
        var word = view.Tokens[trigger.Start].Folded;
        if (!(word.EndsWith('e') || word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)) || trigger.End - trigger.Start > 1)
        {
            return false;
        }
        var k = trigger.Start - 1;
        while (k >= view.Start && IsAdverb(view.Tokens[k]))
        {
            k--;
        }
        if (k < view.Start)
        {
            return false;
        }
        var before = view.Tokens[k];
        if (before.Text == ",")
        {
            return true;
        }
        if (view.MentionAt(k) is { } mention)
        {
            return mention.Type == "Treaty";
        }
        return before.IsWord && !before.IsCapitalized && !Auxiliaries.Contains(before.Folded) && !Grammar.Relatives.Contains(before.Folded);
    }

    private static readonly HashSet<string> Auxiliaries = new(
        ["a", "ont", "avait", "avaient", "aurait", "auraient", "eu", "est", "sont", "etait", "etaient", "serait", "seraient", "sera", "seront", "ete", "soit", "is", "are", "was", "were", "been", "be", "being", "has", "have", "had", "having", "il", "elle", "ils", "elles", "he", "she", "they", "it", "t", "qui", "who", "which", "that", "and", "et", "also", "jointly"], StringComparer.Ordinal);

    private static bool IsAdverb(Token token) =>
        token.Folded.EndsWith("ment", StringComparison.Ordinal) || token.Folded.EndsWith("ly", StringComparison.Ordinal)
        || token.Folded is "deja" or "jamais" or "ensuite" or "aussi" or "enfin" or "recemment" or "already" or "recently" or "just" or "formally";

    private ResolvedMention? DemonymSubject(SentenceView view, string cue)
    {
        var tokens = view.Tokens;
        var nouns = lexicon.Cue(cue);
        for (var k = view.Start; k < view.End; k++)
        {
            if (nouns.MatchAt(tokens, k, view.End) is not { } noun)
            {
                continue;
            }
            foreach (var at in new[] { noun.End, k - 1, k - 2 })
            {
                if (at >= view.Start && at < view.End && lexicon.Demonyms.MatchAt(tokens, at, view.End) is { } demonym
                    && lexicon.Ontology.FindEntity(demonym.Values[0]) is { } country)
                {
                    var span = new Graph.Core.TextSpan(tokens[at].Start, tokens[demonym.End - 1].End);
                    return new ResolvedMention(at, demonym.End, span, view.Document.Text[span.Start..span.End], country.Id, country.Type, Mentions.MentionKind.Role, view.Index);
                }
            }
        }
        return null;
    }

    private bool IsClaimMarker(SentenceView view, TriggerHit trigger) =>
        lexicon.Cue(OntologyCues.ClaimMarkers).MatchAt(view.Tokens, trigger.Start, trigger.End) is { } m && m.End == trigger.End
        && view.Tokens[trigger.Start].Folded is "selon" or "d'apres" or "according";

    /// <summary>The speaker right after the verb, past dates and fillers ("a indiqué mercredi l'agence KCNA").</summary>
    private ResolvedMention? Right(SentenceView view, TriggerHit trigger)
    {
        var heads = lexicon.Cue(OntologyCues.OrganizationHeads);
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + 5); k++)
        {
            if (view.MentionAt(k) is { } mention && mention.TokenStart == k && !view.Document.IsQuoted(k))
            {
                return mention;
            }
            var token = view.Tokens[k];
            var filler = Grammar.Fillers.Contains(token.Folded) || token.Kind == TokenKind.Joiner || heads.MatchWord(token.Folded) is not null
                || lexicon.IsCue(OntologyCues.PersonTitles, token) || lexicon.Demonyms.MatchWord(token.Folded) is not null;
            if (!filler)
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsInvertedPosition(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.Start - 1;
        // Skip the auxiliary of a compound tense: ", a déclaré", "» a indiqué".
        while (k >= view.Start && view.Tokens[k].Folded is "a" or "ont" or "avait" or "aurait" or "has" or "had" or "t" or "-")
        {
            k--;
        }
        return k < view.Start || view.Tokens[k].Kind == TokenKind.Punctuation && view.Tokens[k].Text is "," or "»" or "”" or "\"" or "'" or ":"
            || view.Tokens[k].Folded is "comme" or "as" or "l'";
    }

    private static bool IsParticiple(Token token) =>
        token.Folded.EndsWith("ant", StringComparison.Ordinal) || token.Folded.EndsWith("ing", StringComparison.Ordinal);

    private ResolvedMention? FirstCandidate(SentenceView view, TriggerHit trigger) =>
        view.Mentions.FirstOrDefault(m => m.TokenEnd <= trigger.Start && IsSubjectPosition(view, m));

    private static ResolvedMention? Antecedent(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 4); k--)
        {
            if (Grammar.Relatives.Contains(view.Tokens[k].Folded))
            {
                var before = k - 1 >= view.Start && view.Tokens[k - 1].Text == "," ? k - 2 : k - 1;
                return before >= view.Start && view.MentionAt(before) is { } m && !view.Document.IsQuoted(before) ? m : null;
            }
        }
        return null;
    }

    public List<ResolvedMention> LeftCandidates(SentenceView view, TriggerHit trigger)
    {
        var clauseStart = view.Start;
        for (var k = trigger.Start - 1; k >= view.Start; k--)
        {
            if ((Grammar.ClauseBoundaries.Contains(view.Tokens[k].Folded) || Grammar.ClauseAdverbs.Contains(view.Tokens[k].Text)) && !view.Document.IsQuoted(k))
            {
                clauseStart = k + 1;
                break;
            }
        }
        return view.Mentions
            .Where(m => m.TokenStart >= clauseStart && m.TokenEnd <= trigger.Start && IsSubjectPosition(view, m))
            .ToList();
    }

    private bool IsSubjectPosition(SentenceView view, ResolvedMention mention)
    {
        if (view.Document.IsQuoted(mention.TokenStart))
        {
            return false;
        }
        var k = mention.TokenStart - 1;
        while (k >= view.Start && (Grammar.Determiners.Contains(view.Tokens[k].Folded) || IsTitleWord(view.Tokens[k])))
        {
            k--;
        }
        if (k < view.Start)
        {
            return true;
        }
        var before = view.Tokens[k];
        if (Grammar.Prepositions.Contains(before.Folded) || before.Folded == "'" || before.Text == "’")
        {
            return false;
        }
        return lexicon.Cue(OntologyCues.ClaimMarkers).MatchWord(before.Folded) is null || before.Folded is not ("selon" or "to");
    }

    private static List<ResolvedMention> Coordinated(SentenceView view, List<ResolvedMention> left)
    {
        var result = new List<ResolvedMention> { left[^1] };
        for (var i = left.Count - 2; i >= 0; i--)
        {
            var gapTokens = Enumerable.Range(left[i].TokenEnd, result[0].TokenStart - left[i].TokenEnd).Select(k => view.Tokens[k]);
            if (gapTokens.All(t => t.Folded is "et" or "and" or "," || Grammar.Determiners.Contains(t.Folded) || t.Kind == TokenKind.Joiner))
            {
                result.Insert(0, left[i]);
            }
            else
            {
                break;
            }
        }
        return result;
    }

    private ResolvedMention? PronounReferent(SentenceView view, TriggerHit trigger, ResolutionResult resolution)
    {
        var pronouns = lexicon.Cue(OntologyCues.Pronouns);
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 4); k--)
        {
            if (pronouns.MatchWord(view.Tokens[k].Folded) is not null)
            {
                return resolution.Mentions.LastOrDefault(m => m.TokenEnd <= k && m.Type == "Person" && m.Sentence >= view.Index - 3);
            }
        }
        // "a-t-il ajouté": the pronoun follows the auxiliary.
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + 3); k++)
        {
            if (view.Tokens[k].Kind != TokenKind.Joiner && pronouns.MatchWord(view.Tokens[k].Folded) is not null && view.Tokens[k - 1].Kind == TokenKind.Joiner)
            {
                return resolution.Mentions.LastOrDefault(m => m.TokenEnd <= trigger.Start && m.Type == "Person" && m.Sentence >= view.Index - 3);
            }
        }
        return null;
    }
}
