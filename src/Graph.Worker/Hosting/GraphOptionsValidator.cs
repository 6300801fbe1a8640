using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>Checks <see cref="GraphOptions"/> at start, so a typo fails fast with the setting's name.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        Require(failures, options.OntologyPath, nameof(options.OntologyPath));
        Require(failures, options.Inbox, nameof(options.Inbox));
        RequireFolderName(failures, options.Processing, nameof(options.Processing));
        RequireFolderName(failures, options.Processed, nameof(options.Processed));
        RequireFolderName(failures, options.Failed, nameof(options.Failed));

        string[] folders = [options.Processing, options.Processed, options.Failed];
        if (folders.Distinct(StringComparer.OrdinalIgnoreCase).Count() != folders.Length)
        {
            failures.Add("Graph:Processing, Graph:Processed and Graph:Failed must be three different folder names.");
        }

        RequirePositive(failures, options.PollInterval, nameof(options.PollInterval));
        RequirePositive(failures, options.RetryDelay, nameof(options.RetryDelay));
        RequirePositive(failures, options.MaxRetryDelay, nameof(options.MaxRetryDelay));
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add("Graph:MaxRetryDelay must not be shorter than Graph:RetryDelay.");
        }

        if (!(options.MinConfidence is >= 0 and <= 1))
        {
            failures.Add($"Graph:MinConfidence must be between 0 and 1 (got {options.MinConfidence}).");
        }

        if (options.ExportPageSize < 1)
        {
            failures.Add($"Graph:ExportPageSize must be at least 1 (got {options.ExportPageSize}).");
        }

        if (options.MaxArticleBytes <= 0)
        {
            failures.Add($"Graph:MaxArticleBytes must be a positive number of bytes (got {options.MaxArticleBytes}).");
        }

        if (options.MaxHtmlNesting <= 0)
        {
            failures.Add($"Graph:MaxHtmlNesting must be a positive depth (got {options.MaxHtmlNesting}).");
        }

        if (options.MaxRelationsPerArticle <= 0)
        {
            failures.Add($"Graph:MaxRelationsPerArticle must be a positive count (got {options.MaxRelationsPerArticle}).");
        }

        if (options.MaxStatementChars <= 0)
        {
            failures.Add($"Graph:MaxStatementChars must be a positive number of characters (got {options.MaxStatementChars}).");
        }

        RequirePositive(failures, options.FileTimeout, nameof(options.FileTimeout));
        if (options.SettleTime < TimeSpan.Zero)
        {
            failures.Add($"Graph:SettleTime must not be negative (got {options.SettleTime}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"Graph:{setting} must not be empty.");
        }
    }

    private static void RequireFolderName(List<string> failures, string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value) || value is "." or ".."
            || value.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]) >= 0
            || value.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            failures.Add($"Graph:{setting} must be a plain folder name inside the inbox (got '{value}').");
        }
    }

    private static void RequirePositive(List<string> failures, TimeSpan value, string setting)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Graph:{setting} must be a positive duration such as 00:00:05 (got {value}).");
        }
    }
}
