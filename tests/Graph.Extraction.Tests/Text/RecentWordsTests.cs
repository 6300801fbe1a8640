using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

/// <summary>
/// The per-thread slots of recent words answer a token with what was computed for its own word, even when another
/// word shares its slot, and compute again only for a word they do not hold.
/// </summary>
public sealed class RecentWordsTests
{
    [Fact]
    public void Words_sharing_a_slot_keep_their_own_values()
    {
        var (first, second) = TwoWordsOfOneSlot();
        var recent = new RecentWords<string>(owner: this);
        var computed = new List<string>();
        string Compute(string word)
        {
            computed.Add(word);
            return word.ToUpperInvariant();
        }

        Assert.Equal(first.ToUpperInvariant(), recent.Of(Token(first), Compute));
        Assert.Equal(first.ToUpperInvariant(), recent.Of(Token(first), Compute));
        Assert.Equal(second.ToUpperInvariant(), recent.Of(Token(second), Compute));
        Assert.Equal(first.ToUpperInvariant(), recent.Of(Token(first), Compute));

        Assert.Equal([first, second, first], computed);
    }

    [Fact]
    public void A_word_is_found_again_through_another_string_instance()
    {
        var recent = new RecentWords<int>(owner: this);
        var calls = 0;
        int Compute(string word) => ++calls;

        recent.Of(Token(new string("diplomate".AsSpan())), Compute);
        recent.Of(Token(new string("diplomate".AsSpan())), Compute);

        Assert.Equal(1, calls);
    }

    private static Token Token(string folded) => new(0, folded, folded, TokenKind.Word, WordHash.Of(folded));

    // Two distinct words whose hashes land in the same one of the 8,192 slots.
    private static (string First, string Second) TwoWordsOfOneSlot()
    {
        var bySlot = new Dictionary<int, string>();
        for (var i = 0; ; i++)
        {
            var word = $"mot{i}";
            var slot = WordHash.Of(word) & 8191;
            if (bySlot.TryGetValue(slot, out var other))
            {
                return (other, word);
            }
            bySlot[slot] = word;
        }
    }
}
