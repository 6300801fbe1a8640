namespace Graph.Worker.Visualization;

/// <summary>The nodes within a number of hops of a centre, links followed in both directions.</summary>
internal static class ViewScope
{
    public static HashSet<string> Around(string centre, int depth, IEnumerable<(string From, string To)> links)
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in links)
        {
            (neighbours.TryGetValue(from, out var a) ? a : neighbours[from] = []).Add(to);
            (neighbours.TryGetValue(to, out var b) ? b : neighbours[to] = []).Add(from);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { centre };
        var frontier = new List<string> { centre };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var neighbour in neighbours.GetValueOrDefault(node) ?? [])
                {
                    if (seen.Add(neighbour))
                    {
                        next.Add(neighbour);
                    }
                }
            }

            frontier = next;
        }

        return seen;
    }
}
