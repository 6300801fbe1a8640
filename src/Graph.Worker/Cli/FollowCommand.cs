using System.CommandLine;
using System.Globalization;
using System.Net;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Sources.Feeds;
using Graph.Worker.Sources.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph follow FEED_URL... [--interval 5m] [--once]</c>: polls RSS/Atom feeds and publishes each new item's
/// article on the RabbitMQ queue, until Ctrl+C or SIGTERM.
/// </summary>
internal sealed partial class FollowCommand : Command
{
    public FollowCommand()
        : base("follow", "Poll RSS/Atom feeds and publish each new item's article (read from its page) on the RabbitMQ queue, until stopped.")
    {
        Add(Feeds);
        Add(Interval);
        Add(Once);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, console =>
            RunAsync(parseResult.GetValue(Feeds)!, parseResult.GetValue(Interval)!, parseResult.GetValue(Once), console)));
    }

    public Argument<string[]> Feeds { get; } = new("feed-url") { Description = "Feed addresses (http or https).", Arity = ArgumentArity.OneOrMore };

    public Option<string> Interval { get; } = new("--interval")
    {
        Description = "Time between two polls of the feeds: seconds, or a number with s, m or h (default 5m).",
        DefaultValueFactory = _ => "5m",
    };

    public Option<bool> Once { get; } = new("--once") { Description = "Poll each feed once, then exit." };

    private static async Task<int> RunAsync(string[] feeds, string intervalText, bool once, CommandConsole console)
    {
        var interval = ParseInterval(intervalText);
        foreach (var feed in feeds)
        {
            if (!Uri.TryCreate(feed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new CommandAbortedException($"'{feed}' is not an http(s) address; give the feed's full URL.");
            }
        }

        using var termination = new TerminationSignal();
        var builder = GraphHost.CreateBuilder(worker: true);
        var rabbit = new RabbitMqOptions();
        builder.Configuration.GetSection(RabbitMqOptions.SectionName).Bind(rabbit);
        var options = new FeedOptions();
        builder.Configuration.GetSection(FeedOptions.SectionName).Bind(options);
        if (rabbit.Problems().FirstOrDefault() is { } problem)
        {
            throw new CommandAbortedException(problem);
        }

        using var host = builder.Build();
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();
        RabbitMqArticlePublisher publisher;
        try
        {
            publisher = await RabbitMqArticlePublisher.ConnectAsync(
                rabbit, "graph-follow", maxAttempts: 3, TimeProvider.System, loggers.CreateLogger<FollowCommand>(), termination.Token).ConfigureAwait(false);
        }
        catch (BrokerUnreachableException e)
        {
            throw new CommandAbortedException($"RabbitMQ at {rabbit.Describe()} could not be reached: {ErrorText.OneLine(e)}", e);
        }

        await using (publisher.ConfigureAwait(false))
        {
            using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { Timeout = options.RequestTimeout };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("graph-follow/1.0");
            var follower = new FeedFollower(
                new FeedReader(http), new PageReader(http, options), publisher,
                new FeedStateStore(RepositoryRoot.Resolve(options.StateFolder)), options, loggers.CreateLogger<FeedFollower>());
            var logger = loggers.CreateLogger<FollowCommand>();
            var total = 0;
            try
            {
                do
                {
                    foreach (var feed in feeds)
                    {
                        termination.Token.ThrowIfCancellationRequested();
                        try
                        {
                            total += await follower.PollAsync(feed, termination.Token).ConfigureAwait(false);
                        }
                        catch (Exception e) when (e is not OperationCanceledException and not InvalidDataException)
                        {
                            // The broker went away mid-poll: what was not published is not remembered, and is tried again.
                            LogPollFailed(logger, feed, ErrorText.OneLine(e));
                        }
                    }

                    if (!once)
                    {
                        await Task.Delay(interval, termination.Token).ConfigureAwait(false);
                    }
                }
                while (!once);
            }
            catch (OperationCanceledException) when (termination.Token.IsCancellationRequested)
            {
                // Stopped between two items: every item published so far is remembered.
            }
            catch (InvalidDataException e)
            {
                throw new CommandAbortedException(e.Message, e);
            }

            await console.Output.WriteLineAsync($"Published {total} article(s) to {rabbit.Queue} at {rabbit.Describe()}.").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    internal static TimeSpan ParseInterval(string text)
    {
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? char.ToLowerInvariant(text[^1]) : 's';
        var number = char.IsLetter(text.Length > 0 ? text[^1] : '0') ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || unit is not ('s' or 'm' or 'h'))
        {
            throw new CommandAbortedException($"--interval '{text}' is not a duration; write seconds (300) or a number with s, m or h (30s, 5m, 1h).");
        }

        return unit switch { 'h' => TimeSpan.FromHours(value), 'm' => TimeSpan.FromMinutes(value), _ => TimeSpan.FromSeconds(value) };
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Warning, Message = "Polling {Feed} failed ({Error}); tried again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, string feed, string error);
}
