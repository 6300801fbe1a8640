namespace Graph.Worker.Telemetry;

/// <summary>The bounded set of failure reasons a metric carries (free text would make one series per message).</summary>
internal static class FailureReasons
{
    public const string Unreadable = "unreadable";
    public const string Extraction = "extraction";
    public const string RefusedByDatabase = "refused-by-database";
}
