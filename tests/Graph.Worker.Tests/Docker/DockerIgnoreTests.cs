namespace Graph.Worker.Tests.Docker;

/// <summary>The .dockerignore matcher the Dockerfile check relies on, on Docker's documented rules.</summary>
public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("**/obj", "obj", true)]
    [InlineData("**/obj", "src/Graph.Worker/obj", true)]
    [InlineData("**/obj", "src/Graph.Worker/obj/vendor/x.js", true)]
    [InlineData("**/obj", "src/Graph.Worker/objects.cs", false)]
    [InlineData("data", "data/inbox/a.txt", true)]
    [InlineData("data", "src/data", false)]
    [InlineData("/data", "data", true)]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/a.md", false)]
    [InlineData("docs/*.png", "docs/view.png", true)]
    [InlineData("docs/**", "docs/deep/view.png", true)]
    [InlineData("graph-export-*", "graph-export-csv/nodes-Entity.csv", true)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("[a-c].txt", "b.txt", true)]
    [InlineData("[a-c].txt", "d.txt", false)]
    public void One_pattern(string pattern, string path, bool excluded) =>
        Assert.Equal(excluded, new DockerIgnore([pattern]).Excludes(path));

    [Fact]
    public void An_exception_re_includes_and_the_last_matching_line_wins()
    {
        var ignore = new DockerIgnore(["# comment", "", "*.md", "!README.md", "docs", "!docs/keep.png"]);
        Assert.True(ignore.Excludes("BENCHMARKS.md"));
        Assert.False(ignore.Excludes("README.md"));
        Assert.True(ignore.Excludes("docs/view.png"));
        Assert.False(ignore.Excludes("docs/keep.png"));
        Assert.True(new DockerIgnore(["!README.md", "*.md"]).Excludes("README.md"));
    }

    [Fact]
    public void The_repository_dockerignore_keeps_sources_and_drops_build_outputs()
    {
        var root = Graph.Worker.Hosting.RepositoryRoot.FindFrom(AppContext.BaseDirectory)!;
        var ignore = DockerIgnore.Load(Path.Combine(root, ".dockerignore"));
        Assert.True(ignore.Excludes("src/Graph.Worker/obj/vendor/vis-network-9.1.9/package/LICENSE-MIT"));
        Assert.True(ignore.Excludes("src/Graph.Worker/bin/Debug/net10.0/graph.dll"));
        Assert.True(ignore.Excludes("data/inbox/a.txt"));
        Assert.False(ignore.Excludes("src/Graph.Worker/Visualization/Page/view.js"));
        Assert.False(ignore.Excludes("ontology/ontology.yaml"));
    }
}
