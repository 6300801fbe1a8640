using System.Text;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>Headers Graph sets on article messages, and how to read them back (the broker returns strings as bytes).</summary>
internal static class MessageHeaders
{
    /// <summary>The article's name: its extension gives the format, the name its id.</summary>
    public const string Name = "x-graph-name";

    /// <summary>Why a message was dead-lettered, set by the worker that refused it.</summary>
    public const string Reason = "x-graph-reason";

    public static string? Text(IDictionary<string, object?>? headers, string key) =>
        headers is not null && headers.TryGetValue(key, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string text => text,
            _ => null,
        } : null;
}
