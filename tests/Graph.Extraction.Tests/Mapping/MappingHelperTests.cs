using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Core;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Extraction.Mapping;

namespace Graph.Extraction.Tests.Mapping;

/// <summary>The allocation-free helpers of the mapper give what the plain LINQ and string formulas gave.</summary>
public sealed class MappingHelperTests
{
    [Theory]
    [InlineData(new[] { "b", "d" }, "c")]
    [InlineData(new[] { "b", "d" }, "d")]
    [InlineData(new string[0], "a")]
    [InlineData(new[] { "d", "b", "b" }, "a")]
    [InlineData(new[] { "Z", "a", "É" }, "e")]
    public void Names_are_the_aliases_and_the_name_distinct_and_sorted(string[] aliases, string name)
    {
        var expected = aliases.Append(name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(expected, SortedNames.With([.. aliases], name));
    }

    [Theory]
    [InlineData("evidence", "a1", "SIGNED", "kim", "treaty", 13)]
    [InlineData("evidence", "corée-1", "STATED", "kim\ud800", "statement-x", -5)]
    public void Ids_hash_the_joined_utf8_parts(string kind, string a, string b, string c, string d, int offset)
    {
        var joined = string.Join('\u001f', kind, a, b, c, d, offset.ToString(CultureInfo.InvariantCulture));
        var expected = $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined))[..10])}";

        Assert.Equal(expected, IdHash.Of(kind, a, b, c, d, offset));
    }

    [Fact]
    public void A_long_part_hashes_like_a_short_one()
    {
        var text = new string('é', 2000);
        var joined = string.Join('\u001f', "statement", "a1", text, "0");
        var expected = $"statement-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined))[..10])}";

        Assert.Equal(expected, IdHash.Of("statement", "a1", text, 0));
    }

    [Fact]
    public void A_fact_edge_keeps_the_properties_of_the_first_most_confident_fact()
    {
        var article = new Article("a1", "a1.txt", "T", "Kim signed it.", "en", null, null, null, "sha");
        Fact Signed(double confidence, string note) => new("kim", "SIGNED", "treaty", "Kim signed it.", new TextSpan(0, 14),
            ImmutableSortedDictionary<string, object>.Empty.Add("note", note), confidence);
        var extraction = new ArticleExtraction(article, [], [Signed(0.5, "low"), Signed(0.9, "first high"), Signed(0.9, "second high")], [], "v1");

        var edge = Assert.Single(GraphMapper.Map(extraction).Facts);

        Assert.Equal("first high", edge.Properties["note"]);
    }
}
