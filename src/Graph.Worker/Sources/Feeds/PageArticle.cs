namespace Graph.Worker.Sources.Feeds;

/// <summary>An article read from a web page: what the workers need, as the JSON article format names it.</summary>
internal sealed record PageArticle(string Url, string? Title, string Text, string? Published, string? Outlet, string? Language);
