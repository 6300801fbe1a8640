using System.Security.Cryptography;
using System.Text;
using Graph.Core.Articles;
using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Article Load(string path)
    {
        var result = ArticleFileReader.Read(path);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void A_text_file_gets_id_hash_title_language_and_date()
    {
        const string content = "Logo\nLes deux pays signent un accord à Paris\n\n12 mars 2023 à 10:00, mis à jour le 13 mars 2023 à 08:00\n\nLe ministre a signé le texte avec son homologue, selon les médias.\n";
        var path = folder.Write("Kim à Moscou (2).txt", content);
        var article = Load(path);

        Assert.Equal("kim-a-moscou-2--" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Kim à Moscou (2).txt")))[..10], article.Id);
        Assert.Equal("Kim à Moscou (2).txt", article.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), article.Sha256);
        Assert.Equal("Les deux pays signent un accord à Paris", article.Title);
        Assert.Equal("fr", article.Language);
        Assert.Equal("2023-03-12", article.Published);
        Assert.Equal("Les deux pays signent un accord à Paris\n\nLe ministre a signé le texte avec son homologue, selon les médias.", article.Text);
        Assert.Null(article.Url);
    }

    [Fact]
    public void A_first_line_ending_with_a_period_is_not_a_title()
    {
        var article = Load(folder.Write("a.txt", "The minister signed the treaty on Friday.\nIt was ratified later."));
        Assert.Null(article.Title);
        Assert.Equal("en", article.Language);
    }

    [Theory]
    [InlineData("The talks ended on June 19, 2024 in the capital.", "2024-06-19")]
    [InlineData("The talks ended on 19 June 2024 in the capital.", "2024-06-19")]
    [InlineData("Les discussions ont pris fin le 1er juin 2024.", "2024-06-01")]
    [InlineData("Posted 2024-06-20 07:17:00 by the desk. The talks ended.", "2024-06-20")]
    [InlineData("No date here, only 2024 and 31 février 2024.", null)]
    [InlineData("La guerre a pris fin le 27 juillet 1953.\n\n12 mars 2023 à 10:00\n\nSuite du texte.", "2023-03-12")]
    public void The_first_date_in_the_text_is_the_publication_date(string text, string? expected)
    {
        Assert.Equal(expected, Load(folder.Write("dated.txt", text)).Published);
    }

    [Fact]
    public void A_utf8_bom_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Le texte est là.")).ToArray();
        Assert.Equal("Le texte est là.", Load(folder.WriteBytes("bom.txt", bytes)).Text);
    }

    [Fact]
    public void Json_fields_are_used_and_its_language_wins()
    {
        var path = folder.Write("feed item.json", """
            {
              "title": "Accord signé",
              "text": "The minister signed the treaty with his counterpart.\n\nFacebook\n\nIt was ratified by the parliament.",
              "url": "https://example.org/a",
              "published": "2024-06-19T10:30:00+02:00",
              "source": "Example News",
              "language": "fr-FR"
            }
            """);
        var article = Load(path);
        Assert.Equal("example-org-a--" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("https://example.org/a")))[..10], article.Id);
        Assert.Equal("Accord signé", article.Title);
        Assert.Equal("The minister signed the treaty with his counterpart.\n\nIt was ratified by the parliament.", article.Text);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("fr", article.Language);
    }

    [Fact]
    public void Html_keeps_the_article_body_and_drops_scripts_styles_and_page_chrome()
    {
        var path = folder.Write("page.html", """
            <!DOCTYPE html>
            <html lang="en"><head>
              <title>Site | Treaty signed</title>
              <meta property="og:title" content="Treaty signed in Paris">
              <meta property="article:published_time" content="2024-06-19T08:00:00Z">
              <meta property="og:site_name" content="Example Times">
              <link rel="canonical" href="https://example.org/treaty">
              <style>p { color: red; }</style>
              <script>window.track = "The script text must vanish.";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World news and more links</a></nav>
              <article>
                <h1>Treaty signed in Paris</h1>
                <p>The two leaders signed the treaty on Wednesday.<!-- a comment that must vanish --></p>
                <p>The parliament will vote on it <b>next month</b>,<br>officials said.</p>
                <aside>Related: another story that should not appear</aside>
                <script>var x = "inline script";</script>
              </article>
              <footer>Copyright notice and footer links</footer>
            </body></html>
            """);
        var article = Load(path);
        Assert.Equal("Treaty signed in Paris", article.Title);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal("https://example.org/treaty", article.Url);
        Assert.Equal("Example Times", article.Source);
        Assert.Equal("en", article.Language);
        Assert.Equal("Treaty signed in Paris\n\nThe two leaders signed the treaty on Wednesday.\n\nThe parliament will vote on it next month,\nofficials said.", article.Text);
    }

    [Fact]
    public void Html_entities_are_decoded()
    {
        var article = Load(folder.Write("entities.htm", "<html><body><p>L&#39;accord a &eacute;t&eacute; sign&eacute; &laquo;&nbsp;hier&nbsp;&raquo;.</p></body></html>"));
        Assert.Equal("L'accord a été signé « hier ».", article.Text);
    }

    [Fact]
    public void Markdown_markup_is_stripped_and_the_heading_becomes_the_title()
    {
        var path = folder.Write("note.md", """
            # Les deux pays signent un **accord**

            Le texte a été *signé* par [le ministre](https://example.org/ministre) et ![photo](x.png) son homologue.

            - Premier point du texte signé.
            1. Second point, dit `le porte-parole`.

            ---
            > Une citation du président.
            """);
        var article = Load(path);
        Assert.Equal("Les deux pays signent un accord", article.Title);
        Assert.Equal(
            "Les deux pays signent un accord\n\nLe texte a été signé par le ministre et photo son homologue.\n\nPremier point du texte signé.\nSecond point, dit le porte-parole.\n\nUne citation du président.",
            article.Text);
    }

    [Fact]
    public void Markdown_front_matter_supplies_metadata()
    {
        var article = Load(folder.Write("fm.md", "---\ntitle: \"Titre donné\"\ndate: 2024-11-12\nlanguage: en\n---\nThe treaty entered into force."));
        Assert.Equal("Titre donné", article.Title);
        Assert.Equal("2024-11-12", article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("The treaty entered into force.", article.Text);
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Le traité est entré en vigueur.")).ToArray();
        Assert.Equal("Le traité est entré en vigueur.", Load(folder.WriteBytes("utf16.txt", bytes)).Text);
    }
}
