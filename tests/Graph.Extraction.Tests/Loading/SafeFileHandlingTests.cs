using System.Diagnostics;
using Graph.Core.Articles;
using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

/// <summary>Only regular files are read; links stay inside the folder read; loops end; big or deep input is refused.</summary>
public sealed class SafeFileHandlingTests : IDisposable
{
    /// <summary>Long enough for any honest read on a loaded machine; a hang on a FIFO never ends.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly TempFolder folder = new();
    private readonly TempFolder outside = new();

    public void Dispose()
    {
        folder.Dispose();
        outside.Dispose();
    }

    private static async Task<List<ArticleLoadResult>> ReadAll(params string[] paths) =>
        await Task.Run(async () =>
        {
            var results = new List<ArticleLoadResult>();
            await foreach (var result in new FileArticleSource(paths).ReadAsync(CancellationToken.None))
            {
                results.Add(result);
            }

            return results;
        }).WaitAsync(Patience);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private string Relative(ArticleLoadResult result) => Path.GetRelativePath(folder.Path, result.Path).Replace('\\', '/');

    [Fact]
    public async Task A_fifo_in_a_folder_is_skipped_with_a_reason_instead_of_hanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix matter
        }

        folder.Write("a.txt", "Le ministre a parlé lundi.");
        MakeFifo(Path.Combine(folder.Path, "pipe.txt"));

        var results = await ReadAll(folder.Path);

        Assert.Equal(["a.txt", "pipe.txt"], results.Select(Relative));
        Assert.True(results[0].Succeeded, results[0].Error);
        Assert.False(results[1].Succeeded);
        Assert.Contains("named pipe (FIFO), not a regular file", results[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_given_by_itself_fails_with_a_reason_instead_of_hanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix matter
        }

        var pipe = Path.Combine(folder.Path, "pipe.json");
        MakeFifo(pipe);

        var result = Assert.Single(await ReadAll(pipe));

        Assert.False(result.Succeeded);
        Assert.Contains("'pipe.json' is a named pipe (FIFO), not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_is_not_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/zero is a Linux device
        }

        var link = Path.Combine(folder.Path, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var result = Assert.Single(await ReadAll(link));
        Assert.False(result.Succeeded);
        Assert.Contains("character device", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_folder_is_not_followed()
    {
        var secret = outside.Write("secret.txt", "Le mot de passe est dans ce fichier.");
        folder.Write("a.txt", "Le ministre a parlé lundi.");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "passwd.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "etc"), outside.Path);

        var results = await ReadAll(folder.Path);

        Assert.Equal(["a.txt", "etc", "passwd.txt"], results.Select(Relative));
        Assert.True(results[0].Succeeded, results[0].Error);
        Assert.Contains("symbolic link to a folder outside the folder being read", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("symbolic link to a file outside the folder being read", results[2].Error, StringComparison.Ordinal);
        Assert.DoesNotContain(results, r => r.Article?.Text.Contains("mot de passe", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_link_loop_is_detected_and_each_file_is_read_once()
    {
        folder.Write("a.txt", "Le ministre a parlé lundi.");
        folder.Write("sub/b.txt", "La ministre a répondu mardi.");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "x.txt"), "y.txt");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "y.txt"), "x.txt");

        var results = await ReadAll(folder.Path);

        Assert.Equal(["a.txt", "sub/b.txt", "sub/loop", "x.txt", "y.txt"], results.Select(Relative));
        Assert.Equal([true, true, false, false, false], results.Select(r => r.Succeeded));
        Assert.Contains("a folder that holds it (a loop)", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("loop", results[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_inside_the_folder_is_followed_and_its_file_read_once()
    {
        folder.Write("a.txt", "Le ministre a parlé lundi.");
        folder.Write("archive/b.txt", "La ministre a répondu mardi.");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "alias.txt"), "a.txt");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "latest"), "archive");

        var results = await ReadAll(folder.Path);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(["a.txt", "archive/b.txt"], results.Select(Relative));
    }

    [Fact]
    public void A_file_that_changes_while_it_is_read_is_not_taken_truncated()
    {
        var path = folder.Write("growing.txt", "Le début de l'article est là.");
        ArticleFileReader.AfterReadForTests = () => File.AppendAllText(path, " Et la suite arrive pendant la lecture.");
        ArticleLoadResult result;
        try
        {
            result = ArticleFileReader.Read(path);
        }
        finally
        {
            ArticleFileReader.AfterReadForTests = null;
        }

        Assert.False(result.Succeeded);
        Assert.True(result.Transient);
        Assert.Contains("changed while it was being read", result.Error, StringComparison.Ordinal);
        Assert.True(ArticleFileReader.Read(path).Succeeded);
    }

    [Fact]
    public void Deeply_nested_html_is_refused_with_the_limit_named()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Le texte." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var path = folder.Write("deep.html", html);

        var result = ArticleFileReader.Read(path);

        Assert.False(result.Succeeded);
        Assert.Contains("Graph:MaxHtmlNesting", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_that_leaves_paragraphs_and_items_open_is_within_the_nesting_limit()
    {
        var items = string.Concat(Enumerable.Repeat("<li>Un point<p>Un paragraphe<br><img src=x>", 2_000));
        var path = folder.Write("open.html", "<html><body><ul>" + items + "</ul><p>Le traité est signé.</body></html>");
        var result = ArticleFileReader.Read(path);
        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void The_size_limit_is_a_setting_named_in_the_reason()
    {
        var path = folder.Write("big.txt", new string('a', 2_000) + " fin.");
        var result = ArticleFileReader.Read(path, "big.txt", new ArticleReadOptions { MaxFileBytes = 1_000 });
        Assert.False(result.Succeeded);
        Assert.Contains("1000 bytes limit for an article (Graph:MaxArticleBytes)", result.Error, StringComparison.Ordinal);
    }
}
