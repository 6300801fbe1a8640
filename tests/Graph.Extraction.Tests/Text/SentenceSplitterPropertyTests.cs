using CsCheck;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class SentenceSplitterPropertyTests
{
    // Characters the splitter reacts to, so random strings hit its branches often.
    private static readonly Gen<string> Tricky =
        Gen.OneOf('.', '!', '?', '…', ' ', '\u00A0', '\n', '\r', 'A', 'É', 'a', 'M', 'U', 'S', '-', '»', '«', '"', '\'', ')', '1', 'x')
            .Array[0, 80].Select(chars => new string(chars));

    private static readonly Gen<string> AnyUnicode = Gen.Char.Array[0, 200].Select(chars => new string(chars));

    [Fact]
    public void Arbitrary_strings_give_ordered_trimmed_spans_inside_the_text()
    {
        Gen.OneOf(Tricky, AnyUnicode, Gen.String).Sample(AssertWellFormed, iter: 5_000);
    }

    private static void AssertWellFormed(string text)
    {
        var previousEnd = 0;
        var index = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            Assert.Equal(index++, sentence.Index);
            Assert.InRange(sentence.Span.Start, previousEnd, text.Length);
            Assert.InRange(sentence.Span.End, sentence.Span.Start + 1, text.Length);
            Assert.Equal(text.Substring(sentence.Span.Start, sentence.Span.Length), sentence.Text);
            Assert.False(char.IsWhiteSpace(sentence.Text[0]));
            Assert.False(char.IsWhiteSpace(sentence.Text[^1]));
            previousEnd = sentence.Span.End;
        }
    }
}
