using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// Fetches an RSS 2.0 or Atom 1.0 feed with a conditional GET: the validators of the last answer go out as
/// <c>If-None-Match</c> and <c>If-Modified-Since</c>, and a 304 costs the server nothing.
/// </summary>
internal sealed class FeedReader(HttpClient http)
{
    private static readonly XmlReaderSettings Xml = new()
    {
        // A feed has no business declaring entities: refusing DTDs rules out entity-expansion bombs.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        Async = true,
    };

    public async Task<FeedPoll> PollAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var request = new HttpRequestMessage(HttpMethod.Get, state.Url);
        if (state.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (state.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new FeedException($"feed {state.Url} could not be fetched: {e.Message}", e);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return FeedPoll.Unchanged;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedException($"feed {state.Url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            SyndicationFeed feed;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                using var reader = XmlReader.Create(stream, Xml);
                feed = SyndicationFeed.Load(reader);
            }
            catch (Exception e) when (e is XmlException or InvalidOperationException)
            {
                throw new FeedException($"feed {state.Url} is not a readable RSS or Atom feed: {e.Message}", e);
            }

            var baseUri = new Uri(state.Url);
            var items = feed.Items.Select(item => ToItem(item, baseUri)).OfType<FeedItem>().ToList();
            return new FeedPoll(
                false, feed.Title?.Text, items, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
    }

    private static FeedItem? ToItem(SyndicationItem item, Uri baseUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.BaseUri;
        if (link is null)
        {
            return null; // nothing to fetch
        }

        var absolute = link.IsAbsoluteUri ? link : new Uri(baseUri, link);
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedItem(string.IsNullOrWhiteSpace(item.Id) ? absolute.AbsoluteUri : item.Id, absolute, item.Title?.Text, published);
    }
}
