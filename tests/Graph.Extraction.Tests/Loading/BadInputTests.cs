using System.Text;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Loading;

/// <summary>Inputs that are hostile by accident or design: each fails alone, naming the file, or loads cleanly.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_50_mb_text_is_refused_by_name_with_the_limit()
    {
        var path = Path.Combine(folder.Path, "fifty.txt");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("Kim Jong-un a signé le traité à Moscou avec Vladimir Poutine.\n");
            while (stream.Length < 50L * 1024 * 1024)
            {
                stream.Write(line);
            }
        }

        var result = ArticleFileReader.Read(path);

        // The size is judged from the file's length before its text; how fast is a benchmark's business, not a test's.
        Assert.Null(result.Article);
        Assert.StartsWith("'fifty.txt' is larger than the 10 MB limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_full_of_scripts_and_styles_keeps_only_the_prose()
    {
        var noise = string.Concat(Enumerable.Range(0, 500).Select(i =>
            $"<script>var s{i} = 'Zelensky a déclaré'; function f{i}() {{ return s{i}; }}</script>" +
            $"<style>.c{i} {{ content: 'Zelensky'; }}</style><noscript>Zelensky</noscript>"));
        var path = folder.Write("page.html",
            $"<html><head><title>Kim à Moscou</title>{noise}</head><body>{noise}<p>Kim Jong-un a signé le traité à Moscou.</p>{noise}</body></html>");

        var article = ArticleFileReader.Read(path).Article;

        Assert.NotNull(article);
        Assert.Contains("Kim Jong-un a signé le traité à Moscou.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zelensky", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("function", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"title": "t", "text": "Kim \ud800 signe."}""")]
    [InlineData("""{"title": "t", "text": "Kim signe.", }""")]
    [InlineData("""{"title": "t", "text": "Kim signe."} trailing""")]
    [InlineData("""[{"text": "Kim signe."}]""")]
    [InlineData("""{"text": null}""")]
    public void Malformed_or_hostile_json_fails_by_name_or_loads_clean_text(string json)
    {
        var result = ArticleFileReader.Read(folder.Write("doc.json", json));

        if (result.Article is { } article)
        {
            Assert.False(article.Text.Any(char.IsSurrogate), "a lone surrogate reached the article text");
        }
        else
        {
            Assert.StartsWith("'doc.json' ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_removed_while_a_folder_is_being_read_fails_alone_and_the_others_load()
    {
        folder.Write("a.txt", "Kim Jong-un a signé le traité.");
        folder.Write("b.txt", "Vladimir Poutine a signé le traité.");
        folder.Write("c.txt", "La Russie a ratifié le traité.");
        var results = new List<Graph.Core.Articles.ArticleLoadResult>();

        await foreach (var result in new FileArticleSource([folder.Path]).ReadAsync(CancellationToken.None))
        {
            results.Add(result);
            if (results.Count == 1)
            {
                File.Delete(Path.Combine(folder.Path, "b.txt"));
            }
        }

        Assert.Equal(3, results.Count);
        Assert.NotNull(results[0].Article);
        Assert.Null(results[1].Article);
        Assert.Contains("'b.txt' was not found", results[1].Error, StringComparison.Ordinal);
        Assert.NotNull(results[2].Article);
    }

    [Fact]
    public void An_article_with_no_entities_loads_and_extracts_to_nothing_without_error()
    {
        var article = ArticleFileReader.Read(folder.Write("quiet.txt", "Rien à signaler\nIl a fait beau toute la journée et rien ne s'est passé.\n")).Article;
        Assert.NotNull(article);

        var extraction = new ExtractionPipeline(OntologyLoader.Load(OntologyPath())).Extract(article);

        Assert.Empty(extraction.Entities);
        Assert.Empty(extraction.Relations);
    }

    private static string OntologyPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "ontology", "ontology.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("ontology/ontology.yaml not found.");
    }
}
