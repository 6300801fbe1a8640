namespace Graph.Worker.Export;

/// <summary>The scalar kind of a property across all the nodes or relationships written to one file.</summary>
internal enum ValueKind
{
    String,
    Long,
    Double,
    Boolean,
}

/// <summary>
/// One property as a typed column: its kind over every value seen (longs mixed with doubles are doubles; anything
/// mixed with text is text) and whether any value is a list. A property that is sometimes a single value and
/// sometimes a list (claimedBy) is a list column; the single values become one-element lists.
/// </summary>
internal sealed record PropertyColumn(string Name, ValueKind Kind, bool IsArray)
{
    public static IReadOnlyList<PropertyColumn> Infer(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var kinds = new SortedDictionary<string, (ValueKind? Kind, bool IsArray)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var (name, value) in row)
            {
                var (kind, isArray) = kinds.GetValueOrDefault(name);
                var items = value is IEnumerable<object?> list ? list : [value];
                foreach (var item in items.Where(i => i is not null))
                {
                    kind = Merge(kind, KindOf(item!));
                }

                kinds[name] = (kind, isArray || value is IEnumerable<object?>);
            }
        }

        return kinds.Select(k => new PropertyColumn(k.Key, k.Value.Kind ?? ValueKind.String, k.Value.IsArray)).ToList();
    }

    /// <summary>The values of this column in <paramref name="row"/>: empty when absent, one item for a scalar.</summary>
    public IReadOnlyList<object> Values(IReadOnlyDictionary<string, object?> row) => row.GetValueOrDefault(Name) switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> list => list.Where(i => i is not null).Select(i => i!).ToList(),
        var scalar => [scalar],
    };

    private static ValueKind KindOf(object value) => value switch
    {
        long or int => ValueKind.Long,
        double or float => ValueKind.Double,
        bool => ValueKind.Boolean,
        _ => ValueKind.String,
    };

    private static ValueKind Merge(ValueKind? seen, ValueKind next) => seen switch
    {
        null => next,
        var s when s == next => next,
        ValueKind.Long when next == ValueKind.Double => ValueKind.Double,
        ValueKind.Double when next == ValueKind.Long => ValueKind.Double,
        _ => ValueKind.String,
    };
}
