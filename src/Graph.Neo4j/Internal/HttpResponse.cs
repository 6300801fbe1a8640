using System.Net;

namespace Graph.Neo4j.Internal;

/// <summary>A response read in full; <see cref="Headers"/> keeps what later requests must echo (cluster affinity).</summary>
internal sealed record HttpResponse(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string> Headers);
