using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests.Cypher;

/// <summary>The <c>```cypher</c> blocks of README.md: the queries users paste into Neo4j Browser.</summary>
internal static class ReadmeQueries
{
    public static IReadOnlyList<LintInput> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(Neo4jServerFixture.RepositoryRoot(), "README.md"));
        var queries = new List<LintInput>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```cypher")
            {
                continue;
            }

            var first = i + 1;
            var end = first;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            queries.Add(new LintInput(string.Join('\n', lines[first..end]), $"README.md:{first + 1}"));
            i = end;
        }

        return queries;
    }
}
