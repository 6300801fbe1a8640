using System.Collections.Immutable;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// One sentence as relation extraction sees it: its token range and its mentions, adjacent mentions of the same
/// entity merged ("le président russe" + "Vladimir Poutine" act as one).
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(ArticleDocument document, int index, IEnumerable<ResolvedMention> mentions)
    {
        Document = document;
        Index = index;
        (Start, End) = document.SentenceTokens[index];
        var merged = new List<ResolvedMention>();
        foreach (var mention in mentions.OrderBy(m => m.TokenStart))
        {
            if (merged.Count > 0 && merged[^1].EntityId == mention.EntityId && IsAdjacent(merged[^1].TokenEnd, mention.TokenStart))
            {
                merged[^1] = merged[^1] with { TokenEnd = mention.TokenEnd };
                continue;
            }
            merged.Add(mention);
        }
        Mentions = merged.ToImmutableArray();
    }

    public ArticleDocument Document { get; }

    public int Index { get; }

    public int Start { get; }

    public int End { get; }

    public ImmutableArray<ResolvedMention> Mentions { get; }

    public ImmutableArray<Token> Tokens => Document.Tokens;

    public Sentence Sentence => Document.Sentences[Index];

    public ResolvedMention? MentionAt(int token) => Mentions.FirstOrDefault(m => m.TokenStart <= token && token < m.TokenEnd);

    private bool IsAdjacent(int end, int start) =>
        start == end || start == end + 1 && Document.Tokens[end].Text == ",";
}
