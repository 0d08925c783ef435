using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Normalization;

/// <summary>
/// Attributes flattened with an index, such as <c>llm.input_messages.0.message.role</c> (OpenInference) or
/// <c>gen_ai.prompt.0.content</c> (OpenLLMetry). Collected during the single pass over a span's attributes and
/// regrouped by index, so a reader gets one dictionary of suffix → value per item, in index order.
/// </summary>
internal sealed class IndexedAttributeGroup(string prefix)
{
    /// <summary>Indexes above this are ignored (left as plain attributes): a bound on what one span can make us allocate.</summary>
    private const int MaxIndex = 10_000;

    private readonly List<(int Index, string Suffix, int Position, AnyValue Value)> _entries = [];

    public string Prefix { get; } = prefix;

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Adds the attribute when its key is <c>{prefix}{index}.{suffix}</c>; returns false otherwise.</summary>
    public bool TryAdd(string key, AnyValue value, int position)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = key.AsSpan(Prefix.Length);
        var dot = rest.IndexOf('.');
        if (dot <= 0 || !int.TryParse(rest[..dot], System.Globalization.NumberStyles.None, null, out var index) || index > MaxIndex)
            return false;
        _entries.Add((index, key[(Prefix.Length + dot + 1)..], position, value));
        return true;
    }

    /// <summary>Items by index, ascending; each maps the key suffix (after the index) to its value.</summary>
    public SortedDictionary<int, Dictionary<string, AnyValue>> Items()
    {
        var items = new SortedDictionary<int, Dictionary<string, AnyValue>>();
        foreach (var (index, suffix, _, value) in _entries)
        {
            if (!items.TryGetValue(index, out var fields)) items[index] = fields = new Dictionary<string, AnyValue>(StringComparer.Ordinal);
            fields[suffix] = value;
        }
        return items;
    }

    /// <summary>Marks every member as lifted, so the group is not repeated in AttributesJson once it was read.</summary>
    public void LiftAll(AttributeBag bag)
    {
        foreach (var entry in _entries) bag.Lift(entry.Position);
    }
}
