using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Normalization;

/// <summary>
/// A span's attributes indexed in one pass, with a record of which ones were lifted into dedicated fields. Reads
/// that lift ("Take") only mark an attribute when its value was usable, so an unparsable or superseded value is still
/// kept in AttributesJson rather than lost.
/// </summary>
internal sealed class AttributeBag
{
    private readonly IReadOnlyList<KeyValue> _attributes;
    private readonly Dictionary<string, int> _positions;
    private readonly bool[] _lifted;

    public IndexedAttributeGroup OiInputMessages { get; } = new("llm.input_messages.");
    public IndexedAttributeGroup OiOutputMessages { get; } = new("llm.output_messages.");
    public IndexedAttributeGroup OllPrompts { get; } = new("gen_ai.prompt.");
    public IndexedAttributeGroup OllCompletions { get; } = new("gen_ai.completion.");
    public IndexedAttributeGroup OiRetrievalDocuments { get; } = new("retrieval.documents.");
    public IndexedAttributeGroup OiRerankerOutputDocuments { get; } = new("reranker.output_documents.");

    public AttributeBag(IReadOnlyList<KeyValue> attributes)
    {
        _attributes = attributes;
        _positions = new Dictionary<string, int>(attributes.Count, StringComparer.Ordinal);
        _lifted = new bool[attributes.Count];
        for (var i = 0; i < attributes.Count; i++)
        {
            var key = attributes[i].Key;
            // A repeated key keeps its last value (what the SDKs' attribute maps do); the earlier one is dropped.
            if (_positions.TryGetValue(key, out var earlier)) _lifted[earlier] = true;
            _positions[key] = i;
            AddToGroup(key, attributes[i].Value, i);
        }
    }

    public AnyValue? Get(string key) => _positions.TryGetValue(key, out var i) ? _attributes[i].Value : null;

    public string? PeekString(string key) => AnyValueJson.ReadString(Get(key));

    public void Lift(int position) => _lifted[position] = true;

    public void Lift(string key)
    {
        if (_positions.TryGetValue(key, out var i)) _lifted[i] = true;
    }

    /// <summary>The raw value, marked as lifted.</summary>
    public AnyValue? Take(string key)
    {
        if (!_positions.TryGetValue(key, out var i)) return null;
        _lifted[i] = true;
        return _attributes[i].Value;
    }

    public string? TakeString(string key) => TakeIf<string?>(key, AnyValueJson.ReadString);

    public long? TakeInt64(string key) => TakeIf<long?>(key, AnyValueJson.ReadInt64);

    public double? TakeDouble(string key) => TakeIf<double?>(key, AnyValueJson.ReadDouble);

    public bool? TakeBool(string key) => TakeIf<bool?>(key, AnyValueJson.ReadBool);

    /// <summary>Writes every attribute not lifted as one JSON object.</summary>
    public string RemainingToJson()
    {
        using var buffer = PooledJsonBuffer.Rent();
        var writer = buffer.Writer;
        writer.WriteStartObject();
        var any = false;
        for (var i = 0; i < _attributes.Count; i++)
        {
            if (_lifted[i]) continue;
            any = true;
            writer.WritePropertyName(_attributes[i].Key);
            AnyValueJson.Write(writer, _attributes[i].Value);
        }
        writer.WriteEndObject();
        return any ? buffer.ToText() : "{}";
    }

    private T? TakeIf<T>(string key, Func<AnyValue?, T?> read)
    {
        if (!_positions.TryGetValue(key, out var i)) return default;
        var value = read(_attributes[i].Value);
        if (value is not null) _lifted[i] = true;
        return value;
    }

    private void AddToGroup(string key, AnyValue value, int position)
    {
        // Cheap first-character filter: most keys belong to no indexed group.
        switch (key.Length > 0 ? key[0] : '\0')
        {
            case 'l':
                if (!OiInputMessages.TryAdd(key, value, position)) OiOutputMessages.TryAdd(key, value, position);
                break;
            case 'g':
                if (!OllPrompts.TryAdd(key, value, position)) OllCompletions.TryAdd(key, value, position);
                break;
            case 'r':
                if (!OiRetrievalDocuments.TryAdd(key, value, position)) OiRerankerOutputDocuments.TryAdd(key, value, position);
                break;
        }
    }
}
