using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

/// <summary>
/// NUL refuses an article in every format; other control characters (terminal escape sequences included) are
/// removed, and the form feed, vertical tab and NEL become line breaks; tab, line feed and carriage return stay.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_json_nul_escape_refuses_the_article()
    {
        var result = ArticleFileReader.Read(folder.Write("nul.json", """{"title": "Titre", "text": "Le ministre\u0000 a parlé."}"""));

        Assert.False(result.Succeeded);
        Assert.Contains("NUL character (U+0000)", result.Error, StringComparison.Ordinal);
        Assert.Contains("in its text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_a_json_title_or_url_refuses_the_article_too()
    {
        Assert.False(ArticleFileReader.Read(folder.Write("t.json", """{"title": "A\u0000B", "text": "Le ministre a parlé."}""")).Succeeded);
        Assert.False(ArticleFileReader.Read(folder.Write("u.json", """{"url": "https://example.org/\u0000", "text": "Le ministre a parlé."}""")).Succeeded);

        // The same fields without the NUL load: it is the NUL that is refused, not the document.
        var clean = ArticleFileReader.Read(folder.Write("c.json", """{"title": "AB", "url": "https://example.org/", "text": "Le ministre a parlé."}"""));
        Assert.True(clean.Succeeded, clean.Error);
        Assert.Equal("AB", clean.Article!.Title);
    }

    [Fact]
    public void Terminal_escape_sequences_are_removed_from_json_fields()
    {
        var result = ArticleFileReader.Read(folder.Write("esc.json",
            """{"title": "\u001b[31mTitre rouge\u001b[0m\u001b]0;pwned\u0007", "text": "Le ministre\u0008 a \u009b0mparlé\u007f lundi.", "source": "Agence\u001b[2J"}"""));

        Assert.True(result.Succeeded, result.Error);
        var article = result.Article!;
        Assert.Equal("Titre rouge", article.Title);
        Assert.Equal("Le ministre a parlé lundi.", article.Text);
        Assert.Equal("Agence", article.Source);
    }

    [Fact]
    public void Control_characters_in_a_text_file_are_removed_and_page_breaks_become_line_breaks()
    {
        var result = ArticleFileReader.Read(folder.Write("ff.txt", "Le ministre a parlé lundi.\fLa ministre a répondu\u001b[1m mardi.\tFin."));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Le ministre a parlé lundi.\nLa ministre a répondu mardi.\tFin.", result.Article!.Text);
    }

    [Fact]
    public void Html_character_references_to_control_characters_are_removed()
    {
        var result = ArticleFileReader.Read(folder.Write("esc.html", "<html><head><title>Titre&#27;[31m</title></head><body><p>Le ministre&#1; a parlé.</p></body></html>"));

        Assert.True(result.Succeeded, result.Error);
        Assert.DoesNotContain(result.Article!.Text, c => char.IsControl(c) && c is not ('\n' or '\t' or '\r'));
        Assert.DoesNotContain(result.Article.Title!, char.IsControl);
    }
}
