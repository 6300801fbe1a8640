using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

/// <summary>
/// The word table answers a token by the hash the tokenizer stored on it: that hash must be the word's own, and the
/// table must find every word it holds (through its growth) and nothing else.
/// </summary>
public sealed class WordTableTests
{
    [Fact]
    public void A_token_carries_the_hash_of_its_folded_word()
    {
        foreach (var token in Tokenizer.Tokenize("Le Président a rencontré l'émissaire à Séoul, puis Kim Jong-un."))
        {
            Assert.Equal(WordHash.Of(token.Folded), token.FoldedHash);
        }
    }

    [Fact]
    public void Every_word_added_is_found_by_string_and_by_token_and_no_other()
    {
        var table = new WordTable<int>();
        var words = Enumerable.Range(0, 500).Select(i => $"mot{i}").ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            table.Set(words[i], i);
        }
        table.Set("mot7", 70);

        Assert.Equal(words.Length, table.Count);
        Assert.True(table.TryGetValue("mot7", out var seven));
        Assert.Equal(70, seven);
        foreach (var token in Tokenizer.Tokenize(string.Join(' ', words)))
        {
            Assert.True(table.TryGetValue(token, out var value));
            Assert.Equal(token.Folded == "mot7" ? 70 : int.Parse(token.Folded[3..]), value);
        }
        Assert.False(table.TryGetValue("mot500", out _));
        Assert.False(table.TryGetValue(Tokenizer.Tokenize("absent")[0], out _));
        Assert.Equal(words.Length, table.Entries.Count());
    }
}
