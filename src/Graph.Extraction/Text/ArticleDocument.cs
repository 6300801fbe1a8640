using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Graph.Core;

namespace Graph.Extraction.Text;

/// <summary>An article's text with its tokens, sentences and quoted regions: the input of every later stage.</summary>
internal sealed class ArticleDocument
{
    private readonly int[] sentenceOfToken;
    private readonly bool[] quoted;

    public ArticleDocument(string text, string language, ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens)
    {
        Text = text;
        Language = language;
        Sentences = sentences;
        Tokens = tokens;
        sentenceOfToken = new int[tokens.Length];
        var tokenList = tokens.AsSpan();
        var sentenceList = sentences.AsSpan();
        var s = 0;
        for (var t = 0; t < tokenList.Length; t++)
        {
            while (s < sentenceList.Length - 1 && tokenList[t].Start >= sentenceList[s].Span.End)
            {
                s++;
            }
            sentenceOfToken[t] = s;
        }
        var sentenceTokens = new (int Start, int End)[sentences.Length];
        for (var index = 0; index < sentences.Length; index++)
        {
            sentenceTokens[index] = TokenRangeOf(sentences[index].Span);
        }
        SentenceTokens = ImmutableCollectionsMarshal.AsImmutableArray(sentenceTokens);
        quoted = QuoteScanner.Scan(text, tokens);
    }

    public string Text { get; }

    public string Language { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Token range [Start, End) of each sentence.</summary>
    public ImmutableArray<(int Start, int End)> SentenceTokens { get; }

    public int SentenceOf(int token) => sentenceOfToken[token];

    public bool IsQuoted(int token) => quoted[token];

    public static ArticleDocument Parse(string text, string language) =>
        new(text, language, SentenceSplitter.Split(text), Tokenizer.Tokenize(text));

    private (int Start, int End) TokenRangeOf(TextSpan span)
    {
        var start = LowerBound(span.Start);
        var end = LowerBound(span.End);
        return (start, end);
    }

    private int LowerBound(int offset)
    {
        var tokens = Tokens.AsSpan();
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
