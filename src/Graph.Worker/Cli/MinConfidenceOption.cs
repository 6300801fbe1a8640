using System.CommandLine;
using System.Globalization;

namespace Graph.Worker.Cli;

/// <summary><c>--min-confidence X</c>, shared by <c>ingest</c> and <c>extract</c>.</summary>
internal static class MinConfidenceOption
{
    public static Option<double?> Create() => new("--min-confidence")
    {
        Description = "Drop facts whose confidence is below X (0 to 1) before mapping. Default: Graph:MinConfidence.",
        HelpName = "X",
        CustomParser = result =>
        {
            // Parsed here, invariantly, so "0.7" means the same on every machine and the message names the rule.
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"--min-confidence must be a number between 0 and 1 (got '{token}').");
            return null;
        },
    };
}
