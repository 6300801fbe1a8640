using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// One sentence as relation extraction sees it: its token range and its mentions, adjacent mentions of the same
/// entity merged ("le président russe" + "Vladimir Poutine" act as one).
/// </summary>
internal sealed class SentenceView
{
    /// <param name="mentions">The sentence's mentions in text order (as resolution returns them).</param>
    /// <param name="classes">The word classes of every token of the article.</param>
    /// <param name="grammar">The ontology's grammar words.</param>
    public SentenceView(ArticleDocument document, int index, ReadOnlySpan<ResolvedMention> mentions, WordClass[] classes, GrammarWords grammar)
    {
        Document = document;
        Grammar = grammar;
        Index = index;
        Classes = classes;
        (Start, End) = document.SentenceTokens[index];
        // Written straight into an array of the final size: no builder, no copy.
        var merged = new ResolvedMention[MergedCount(mentions)];
        var count = 0;
        foreach (var mention in mentions)
        {
            if (count > 0 && merged[count - 1].EntityId == mention.EntityId && IsAdjacent(merged[count - 1].TokenEnd, mention.TokenStart))
            {
                merged[count - 1] = merged[count - 1] with { TokenEnd = mention.TokenEnd };
                continue;
            }
            merged[count++] = mention;
        }
        Mentions = ImmutableCollectionsMarshal.AsImmutableArray(merged);
    }

    public ArticleDocument Document { get; }

    /// <summary>The ontology's grammar words, for the rules that ask about a word the word classes do not carry.</summary>
    public GrammarWords Grammar { get; }

    public int Index { get; }

    public int Start { get; }

    public int End { get; }

    public ImmutableArray<ResolvedMention> Mentions { get; }

    public ImmutableArray<Token> Tokens => Document.Tokens;

    /// <summary>The word classes of the article's tokens, indexed as <see cref="Tokens"/>.</summary>
    public WordClass[] Classes { get; }

    /// <summary>Whether token <paramref name="token"/> has any of <paramref name="classes"/>.</summary>
    public bool Is(int token, WordClass classes) => (Classes[token] & classes) != 0;

    public Sentence Sentence => Document.Sentences[Index];

    // Properties of the whole sentence (hedged? has a troop noun? its date?), computed by their readers on first use
    // and remembered here, however many facts the sentence holds. Typed slots, not a keyed dictionary: no boxing,
    // no closures, no hashing. A keyed slot holds its argument (cue name, article date) and is recomputed if asked
    // with another one, which keeps it correct for any number of cues.

    public bool? Hedged { get; set; }

    public (string Cue, long? Count)? Troops { get; set; }

    public (string? Published, string? Date)? Date { get; set; }

    public bool? HasClaimMarker { get; set; }

    public (string Cue, ResolvedMention? Subject)? DemonymSubject { get; set; }

    private (string Cue, (int Start, int End)[] Matches)? cueMatches;

    /// <summary>
    /// Every token where a phrase of cue set <paramref name="cue"/> starts, with the end of the longest such phrase,
    /// in text order. Several readers ask (is there a troop noun? its number? a demonym next to it?): one scan.
    /// </summary>
    /// <param name="starts">The word class of the set's first words; <see cref="WordClass.None"/> to try every token.</param>
    public IReadOnlyList<(int Start, int End)> CueMatches(string cue, PhraseMatcher<bool> matcher, WordClass starts)
    {
        if (cueMatches is { } memo && memo.Cue == cue)
        {
            return memo.Matches;
        }
        List<(int Start, int End)>? found = null;
        for (var k = Start; k < End; k++)
        {
            if ((starts == WordClass.None || Is(k, starts)) && matcher.MatchAt(Tokens, k, End) is { } match)
            {
                (found ??= []).Add((k, match.End));
            }
        }
        var matches = found is null ? [] : found.ToArray();
        cueMatches = (cue, matches);
        return matches;
    }

    public ResolvedMention? MentionAt(int token)
    {
        foreach (var mention in Mentions)
        {
            if (mention.TokenStart <= token && token < mention.TokenEnd)
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>How many mentions remain once adjacent mentions of one entity are merged (the same test as the merge).</summary>
    private int MergedCount(ReadOnlySpan<ResolvedMention> mentions)
    {
        var count = 0;
        var lastEnd = -1;
        string? lastEntity = null;
        foreach (var mention in mentions)
        {
            if (count == 0 || lastEntity != mention.EntityId || !IsAdjacent(lastEnd, mention.TokenStart))
            {
                count++;
                lastEntity = mention.EntityId;
            }
            lastEnd = mention.TokenEnd;
        }
        return count;
    }

    private bool IsAdjacent(int end, int start) =>
        start == end || start == end + 1 && Document.Tokens[end].Text == ",";
}
