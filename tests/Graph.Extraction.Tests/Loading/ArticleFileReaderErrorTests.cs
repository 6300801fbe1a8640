using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

public sealed class ArticleFileReaderErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string AssertFails(string path, string expected)
    {
        var result = ArticleFileReader.Read(path);
        Assert.False(result.Succeeded);
        Assert.Null(result.Article);
        Assert.Equal(path, result.Path);
        Assert.Contains(Path.GetFileName(path), result.Error);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
        return result.Error!;
    }

    [Fact]
    public void A_missing_file_fails_with_not_found()
    {
        AssertFails(Path.Combine(folder.Path, "absent.txt"), "not found");
    }

    [Fact]
    public void An_empty_file_fails()
    {
        AssertFails(folder.Write("empty.txt", string.Empty), "is empty");
    }

    [Fact]
    public void A_whitespace_only_file_fails_as_empty()
    {
        AssertFails(folder.Write("blank.md", " \r\n\t\n"), "empty");
    }

    [Fact]
    public void A_binary_file_fails()
    {
        AssertFails(folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]), "binary");
    }

    [Fact]
    public void Invalid_utf8_fails_with_the_byte_offset()
    {
        var error = AssertFails(folder.WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x21]), "not valid UTF-8");
        Assert.Contains("offset", error);
    }

    [Fact]
    public void Malformed_json_fails_with_line_and_position()
    {
        var error = AssertFails(folder.Write("broken.json", "{\n  \"title\": \"Un titre\",\n  \"text\": \"abc\"\n  \"url\": 1\n}"), "not valid JSON");
        Assert.Contains("line 4", error);
        Assert.Contains("position", error);
    }

    [Fact]
    public void Json_without_text_fails()
    {
        AssertFails(folder.Write("notext.json", "{\"title\": \"Seulement un titre\"}"), "no article text");
    }

    [Fact]
    public void Json_that_is_not_an_object_fails()
    {
        AssertFails(folder.Write("array.json", "[1, 2]"), "JSON object");
    }

    [Fact]
    public void Json_with_a_non_string_text_fails()
    {
        AssertFails(folder.Write("number.json", "{\"text\": 42}"), "expected a string");
    }

    [Fact]
    public void A_file_over_the_size_limit_fails()
    {
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(ArticleFileReader.MaxFileBytes + 1);
        }

        AssertFails(path, "larger than the 10 MB limit");
    }

    [Fact]
    public void A_file_with_only_furniture_fails_as_having_no_text_left()
    {
        AssertFails(folder.Write("furniture.txt", "Logo\n\nFacebook\nTwitter\n\n#a #b\n"), "no article text left");
    }

    [Fact]
    public void Html_without_body_text_fails_as_having_no_text_left()
    {
        AssertFails(folder.Write("scripts.html", "<html><head><script>var a = 1;</script></head><body><nav>Accueil</nav></body></html>"), "no article text left");
    }

    [Fact]
    public void An_unsupported_extension_fails()
    {
        AssertFails(folder.Write("article.pdf", "text"), "unsupported extension");
    }

    [Fact]
    public void A_file_removed_after_listing_fails_without_throwing()
    {
        var path = folder.Write("gone.txt", "Texte.");
        File.Delete(path);
        AssertFails(path, "not found");
    }
}
