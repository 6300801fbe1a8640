namespace Graph.Worker.Ingestion;

/// <summary>Process exit codes, part of the CLI contract.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command could not run: database unreachable, broken ontology or configuration.</summary>
    public const int Error = 1;

    public const int DatabaseUnavailable = Error;

    /// <summary>The command ran, but some files (or ids) could not be processed.</summary>
    public const int SomeFilesFailed = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM, following the shell's 128 + SIGINT convention.</summary>
    public const int Interrupted = 130;
}
