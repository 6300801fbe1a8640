using System.CommandLine;
using Graph.Extraction.Ontology;
using Graph.Neo4j;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// Runs a command's body and turns the failures a user can fix (ontology, settings, missing database or file)
/// into one message on stderr and exit code 1, without a stack trace. Anything else is a bug and keeps its trace.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(ParseResult parseResult, Func<CommandConsole, Task<int>> body)
    {
        var console = new CommandConsole(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        try
        {
            return await body(console).ConfigureAwait(false);
        }
        catch (OntologyException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await console.Error.WriteLineAsync($"configuration: {failure}").ConfigureAwait(false);
            }
        }
        catch (CommandAbortedException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            // A refused statement or an unusable server: the server's code and message are what the user needs.
            await console.Error.WriteLineAsync($"error: Neo4j: {e.Message}").ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
        }

        return ExitCodes.Error;
    }
}

/// <summary>Where a command writes: its report on <see cref="Output"/>, problems on <see cref="Error"/>.</summary>
internal sealed record CommandConsole(TextWriter Output, TextWriter Error)
{
    /// <summary>True when the report goes to a terminal, where a progress bar helps rather than clutters.</summary>
    public bool IsInteractive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;
}
