using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Internal;

/// <summary>Rejects unusable settings at start, naming the setting and what to put there.</summary>
internal sealed partial class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.Uri is null || !options.Uri.IsAbsoluteUri || !Neo4jAddress.Schemes.Contains(options.Uri.Scheme))
        {
            failures.Add(
                "Neo4j:Uri must be an absolute http(s) URI such as http://localhost:7474, or a Bolt URI " +
                $"(neo4j://, neo4j+s://, neo4j+ssc://, bolt://…) whose host serves the HTTP API (got '{options.Uri}').");
        }

        if (string.IsNullOrWhiteSpace(options.Database) || !DatabasePattern().IsMatch(options.Database))
        {
            failures.Add($"Neo4j:Database '{options.Database}' is not a valid database name (letters, digits, '.', '_', '-').");
        }

        if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrEmpty(options.User))
        {
            failures.Add("Neo4j:Password is set but Neo4j:User is not.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Neo4j:RequestTimeout must be positive, e.g. 00:00:30.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            failures.Add("Neo4j:ConnectTimeout must be positive, e.g. 00:00:05.");
        }

        if (options.MaxRetries is < 0 or > 20)
        {
            failures.Add($"Neo4j:MaxRetries must be between 0 and 20 (got {options.MaxRetries}).");
        }

        if (options.WriteBatchArticles is < 1 or > 1000)
        {
            failures.Add($"Neo4j:WriteBatchArticles must be between 1 and 1000 (got {options.WriteBatchArticles}).");
        }

        if (options.WriteBatchRows is < 1 or > 100_000)
        {
            failures.Add($"Neo4j:WriteBatchRows must be between 1 and 100000 (got {options.WriteBatchRows}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabasePattern();
}
