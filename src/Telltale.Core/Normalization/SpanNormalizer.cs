using System.Text.Json;
using Telltale.Core.Model;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Trace;

namespace Telltale.Core.Normalization;

/// <summary>
/// Turns one OTLP span, in whichever dialect it was written (OpenTelemetry GenAI v1.41 and older, Semantic Kernel,
/// Microsoft.Extensions.AI, OpenInference, OpenLLMetry), into an <see cref="AiSpan"/>. Where dialects overlap the
/// newest OpenTelemetry name wins, then OpenInference, then OpenLLMetry; an attribute that was not used stays in
/// <see cref="AiSpan.AttributesJson"/>, so nothing the emitter sent is lost.
/// </summary>
/// <remarks>Runs on the ingest hot path (tens of thousands of spans per second), hence one pass over the attributes
/// into a dictionary, loops rather than LINQ, and JSON written with a pooled <see cref="Utf8JsonWriter"/>.</remarks>
public static class SpanNormalizer
{
    private const string ExceptionEvent = "exception";

    public static AiSpan Normalize(Span span, ResourceContext resource, InstrumentationScope? scope)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(resource);

        var bag = new AttributeBag(span.Attributes);
        var result = new AiSpan
        {
            TraceId = Convert.ToHexStringLower(span.TraceId.Span),
            SpanId = Convert.ToHexStringLower(span.SpanId.Span),
            ParentSpanId = span.ParentSpanId.IsEmpty ? null : Convert.ToHexStringLower(span.ParentSpanId.Span),
            Name = span.Name,
            OtelKind = (int)span.Kind,
            StartUnixNano = (long)span.StartTimeUnixNano,
            EndUnixNano = (long)span.EndTimeUnixNano,
            System = resource.System,
            Environment = resource.Environment,
            ServiceVersion = resource.ServiceVersion,
            ScopeName = string.IsNullOrEmpty(scope?.Name) ? null : scope.Name,
            ResourceAttributesJson = resource.ResourceAttributesJson,
            Status = span.Status is null ? AiSpanStatus.Unset : (AiSpanStatus)(int)span.Status.Code,
            StatusMessage = string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
        };

        var kind = ReadKindAndOperation(bag, result);
        ReadModels(bag, result);
        ReadUsage(bag, result);
        result.InputValue = bag.TakeString(GenAiAttributes.InputValue) ?? bag.TakeString(GenAiAttributes.TraceloopEntityInput);
        result.OutputValue = bag.TakeString(GenAiAttributes.OutputValue) ?? bag.TakeString(GenAiAttributes.TraceloopEntityOutput);

        var otherEvents = ReadMessages(bag, span.Events, result);
        result.FinishReasons = ReadFinishReasons(bag, result.OutputMessages);
        result.Documents = ReadDocuments(bag);
        ReadContext(bag, result);

        // An LLM call from an emitter that names no operation (custom instrumentation) still shows model and tokens.
        kind ??= result.Model is not null && !result.Usage.IsEmpty ? AiSpanKind.Llm : AiSpanKind.Other;
        result.Kind = kind.Value;
        // A cost the instrumentation computed itself (OpenInference llm.cost.total) wins over our price table, as the
        // caller knows its negotiated prices; only model calls carry cost, so grouping spans never count it twice.
        if (kind is AiSpanKind.Llm or AiSpanKind.Embedding && bag.TakeDouble(GenAiAttributes.LlmCostTotal) is { } cost and >= 0 and < 1e9)
            result.CostUsd = (decimal)cost;
        result.Tool = ReadTool(bag, result);

        result.EventsJson = WriteEvents(otherEvents);
        result.AttributesJson = bag.RemainingToJson();
        return result;
    }

    private static AiSpanKind? ReadKindAndOperation(AttributeBag bag, AiSpan result)
    {
        var operation = bag.TakeString(GenAiAttributes.OperationName) ?? SpanKindMapper.OperationFromSpanName(result.Name);
        var requestType = bag.PeekString(GenAiAttributes.LlmRequestType);
        result.Operation = operation ?? SpanKindMapper.OperationFromLlmRequestType(requestType);

        // OpenInference's kind is the most specific (it distinguishes rerankers, guardrails and evaluators), so it
        // wins on spans that also carry GenAI attributes.
        var kind = Lifted(bag, GenAiAttributes.OpenInferenceSpanKind, SpanKindMapper.FromOpenInference(bag.PeekString(GenAiAttributes.OpenInferenceSpanKind)))
            ?? SpanKindMapper.FromOperation(operation)
            ?? Lifted(bag, GenAiAttributes.TraceloopSpanKind, SpanKindMapper.FromTraceloop(bag.PeekString(GenAiAttributes.TraceloopSpanKind)))
            ?? SpanKindMapper.FromLlmRequestType(requestType);
        if (SpanKindMapper.FromLlmRequestType(requestType) is not null) bag.Lift(GenAiAttributes.LlmRequestType);
        return kind;
    }

    private static AiSpanKind? Lifted(AttributeBag bag, string key, AiSpanKind? kind)
    {
        if (kind is not null) bag.Lift(key);
        return kind;
    }

    private static void ReadModels(AttributeBag bag, AiSpan result)
    {
        result.Provider = ProviderNames.Normalize(
            bag.TakeString(GenAiAttributes.ProviderName)
            ?? bag.TakeString(GenAiAttributes.System)
            ?? bag.TakeString(GenAiAttributes.LlmProvider)
            ?? bag.TakeString(GenAiAttributes.LlmSystem));

        result.RequestModel = bag.TakeString(GenAiAttributes.RequestModel) ?? bag.TakeString(GenAiAttributes.LlmRequestModelName);
        // OpenInference's llm.model_name is the model that answered (falling back to the one requested).
        result.ResponseModel = bag.TakeString(GenAiAttributes.ResponseModel)
            ?? bag.TakeString(GenAiAttributes.LlmResponseModelName)
            ?? bag.TakeString(GenAiAttributes.LlmModelName)
            ?? bag.TakeString(GenAiAttributes.EmbeddingModelName)
            ?? bag.TakeString(GenAiAttributes.RerankerModelName);
    }

    private static void ReadUsage(AttributeBag bag, AiSpan result)
    {
        var input = bag.TakeInt64(GenAiAttributes.InputTokens)
            ?? bag.TakeInt64(GenAiAttributes.PromptTokens)
            ?? bag.TakeInt64(GenAiAttributes.LlmPromptTokens);
        var output = bag.TakeInt64(GenAiAttributes.OutputTokens)
            ?? bag.TakeInt64(GenAiAttributes.CompletionTokens)
            ?? bag.TakeInt64(GenAiAttributes.LlmCompletionTokens);

        // A total is only used to fill in a missing half (OpenInference embedding spans send prompt and total only);
        // otherwise it stays in AttributesJson, since with cache tokens it need not equal input + output.
        if (input is null || output is null)
        {
            foreach (var totalKey in (ReadOnlySpan<string>)[GenAiAttributes.LlmUsageTotalTokens, GenAiAttributes.TotalTokens, GenAiAttributes.LlmTotalTokens])
            {
                if (AnyValueJson.ReadInt64(bag.Get(totalKey)) is not { } total) continue;
                if (input is not null) { output = Math.Max(0, total - input.Value); bag.Lift(totalKey); }
                else if (output is not null) { input = Math.Max(0, total - output.Value); bag.Lift(totalKey); }
                break;
            }
        }

        var cacheRead = bag.TakeInt64(GenAiAttributes.CacheReadTokens)
            ?? bag.TakeInt64(GenAiAttributes.CacheReadTokensLegacy)
            ?? bag.TakeInt64(GenAiAttributes.LlmCacheReadTokens);
        var cacheWrite = bag.TakeInt64(GenAiAttributes.CacheCreationTokens)
            ?? bag.TakeInt64(GenAiAttributes.CacheWriteTokens)
            ?? bag.TakeInt64(GenAiAttributes.CacheCreationTokensLegacy)
            ?? bag.TakeInt64(GenAiAttributes.LlmCacheWriteTokens);
        var reasoning = bag.TakeInt64(GenAiAttributes.ReasoningTokens) ?? bag.TakeInt64(GenAiAttributes.LlmReasoningTokens);

        if (input is null && output is null && cacheRead is null && cacheWrite is null && reasoning is null) return;
        result.Usage = new TokenUsage { Input = input, Output = output, CacheRead = cacheRead, CacheWrite = cacheWrite, Reasoning = reasoning };
    }

    /// <summary>
    /// Messages come from the first source that has them, per direction: the v1.37+ content attributes, OpenInference's
    /// flattened messages, OpenLLMetry's indexed prompts, the deprecated gen_ai.prompt/completion text, and finally
    /// span events (Semantic Kernel, ≤1.36 events). Returns the events that were not messages.
    /// </summary>
    private static List<Span.Types.Event>? ReadMessages(AttributeBag bag, IReadOnlyList<Span.Types.Event> events, AiSpan result)
    {
        var system = new List<ChatMessage>();
        GenAiEventMessages.ReadMessageAttribute(bag.Take(GenAiAttributes.SystemInstructions), system, isSystem: true);

        var input = new List<ChatMessage>();
        GenAiEventMessages.ReadMessageAttribute(bag.Take(GenAiAttributes.InputMessages), input, isSystem: false);
        var output = new List<ChatMessage>();
        GenAiEventMessages.ReadMessageAttribute(bag.Take(GenAiAttributes.OutputMessages), output, isSystem: false, defaultRole: "assistant");

        ReadGroupIfEmpty(bag.OiInputMessages, input, "user", bag);
        ReadGroupIfEmpty(bag.OiOutputMessages, output, "assistant", bag);
        ReadGroupIfEmpty(bag.OllPrompts, input, "user", bag);
        ReadGroupIfEmpty(bag.OllCompletions, output, "assistant", bag);
        if (input.Count == 0)
            GenAiEventMessages.ReadMessageAttribute(bag.Take(GenAiAttributes.DeprecatedPrompt), input, isSystem: false);
        if (output.Count == 0)
            GenAiEventMessages.ReadMessageAttribute(bag.Take(GenAiAttributes.DeprecatedCompletion), output, isSystem: false, defaultRole: "assistant");

        List<Span.Types.Event>? otherEvents = null;
        List<ChatMessage>? eventInput = null, eventOutput = null;
        for (var i = 0; i < events.Count; i++)
        {
            var spanEvent = events[i];
            if (spanEvent.Name == GenAiEventMessages.InferenceOperationDetails)
            {
                if (GenAiEventMessages.TryConvertOperationDetails(spanEvent.Attributes, null, eventInput ??= [], eventOutput ??= []))
                    continue;
            }
            else if (GenAiEventMessages.TryConvert(spanEvent.Name, spanEvent.Attributes, null, out var message, out var isOutput))
            {
                (isOutput ? eventOutput ??= [] : eventInput ??= []).Add(message);
                continue;
            }

            if (spanEvent.Name == ExceptionEvent && result.ErrorType is null)
                result.ErrorType = FindString(spanEvent.Attributes, "exception.type");
            (otherEvents ??= []).Add(spanEvent);
        }

        // Events duplicate the attributes when an SDK sends both; the attributes are the newer form and win.
        if (input.Count == 0 && eventInput is not null) input = eventInput;
        if (output.Count == 0 && eventOutput is not null) output = eventOutput;

        if (system.Count > 0)
        {
            system.AddRange(input);
            input = system;
        }
        result.InputMessages = input;
        result.OutputMessages = output;
        return otherEvents;
    }

    private static void ReadGroupIfEmpty(IndexedAttributeGroup group, List<ChatMessage> into, string defaultRole, AttributeBag bag)
    {
        if (into.Count > 0 || group.IsEmpty) return;
        FlatMessageReader.ReadMessages(group, into, defaultRole);
        group.LiftAll(bag);
    }

    private static IReadOnlyList<string> ReadFinishReasons(AttributeBag bag, IReadOnlyList<ChatMessage> outputMessages)
    {
        var reasons = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)[GenAiAttributes.FinishReasons, GenAiAttributes.FinishReason, GenAiAttributes.LlmFinishReason])
        {
            if (bag.Get(key) is not { } value) continue;
            StringLists.Read(value, reasons, splitCommas: false);
            for (var i = reasons.Count - 1; i >= 0; i--)
            {
                if (MessageJsonReader.NormalizeFinishReason(reasons[i]) is { } normalized) reasons[i] = normalized;
                else reasons.RemoveAt(i);
            }
            bag.Lift(key);
            if (reasons.Count > 0) return reasons;
        }

        // OpenLLMetry and the parts shape carry the reason on each output message instead.
        foreach (var message in outputMessages)
            if (message.FinishReason is not null) reasons.Add(message.FinishReason);
        return reasons;
    }

    private static IReadOnlyList<RetrievedDocument> ReadDocuments(AttributeBag bag)
    {
        var documents = new List<RetrievedDocument>();
        if (bag.Get(GenAiAttributes.RetrievalDocuments) is { } value)
        {
            using var document = AnyValueJson.ParseJson(value);
            if (document is not null && document.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    documents.Add(new RetrievedDocument(
                        MessageJsonReader.GetString(item, "id"),
                        ReadScore(item),
                        MessageJsonReader.GetString(item, "content") ?? MessageJsonReader.GetString(item, "text"))
                    {
                        MetadataJson = item.TryGetProperty("metadata", out var metadata) ? metadata.GetRawText() : null,
                    });
                }
                bag.Lift(GenAiAttributes.RetrievalDocuments);
            }
        }

        if (documents.Count == 0 && !bag.OiRetrievalDocuments.IsEmpty)
        {
            FlatMessageReader.ReadDocuments(bag.OiRetrievalDocuments, documents);
            bag.OiRetrievalDocuments.LiftAll(bag);
        }
        // A reranker's result is its output documents; its input documents stay as attributes.
        if (documents.Count == 0 && !bag.OiRerankerOutputDocuments.IsEmpty)
        {
            FlatMessageReader.ReadDocuments(bag.OiRerankerOutputDocuments, documents);
            bag.OiRerankerOutputDocuments.LiftAll(bag);
        }
        return documents;
    }

    private static double? ReadScore(JsonElement item)
    {
        if (!item.TryGetProperty("score", out var score)) return null;
        if (score.ValueKind == JsonValueKind.Number) return score.GetDouble();
        return score.ValueKind == JsonValueKind.String
            && double.TryParse(score.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed : null;
    }

    private static void ReadContext(AttributeBag bag, AiSpan result)
    {
        result.SessionId = bag.TakeString(GenAiAttributes.ConversationId)
            ?? bag.TakeString(GenAiAttributes.SessionId)
            ?? bag.TakeString(GenAiAttributes.TraceloopSessionId);
        result.UserId = bag.TakeString(GenAiAttributes.UserId)
            ?? bag.TakeString(GenAiAttributes.EndUserId)
            ?? bag.TakeString(GenAiAttributes.TraceloopUserId);
        result.Feature = bag.TakeString(GenAiAttributes.TelltaleFeature)
            ?? bag.TakeString(GenAiAttributes.Feature)
            ?? bag.TakeString(GenAiAttributes.TraceloopWorkflowName);

        var tags = new List<string>();
        if (bag.Take(GenAiAttributes.TagTags) is { } openInferenceTags) StringLists.Read(openInferenceTags, tags, splitCommas: false);
        if (bag.Take(GenAiAttributes.TelltaleTags) is { } telltaleTags) StringLists.Read(telltaleTags, tags, splitCommas: true);
        result.Tags = StringLists.Distinct(tags);

        var errorType = bag.TakeString(GenAiAttributes.ErrorType);
        if (errorType is not null) result.ErrorType = errorType;

        var status = bag.TakeInt64(GenAiAttributes.HttpResponseStatusCode) ?? bag.TakeInt64(GenAiAttributes.HttpStatusCodeLegacy);
        if (status is >= 100 and <= 999) result.HttpStatusCode = (int)status.Value;

        if (bag.TakeDouble(GenAiAttributes.TimeToFirstChunk) is { } seconds) result.TimeToFirstTokenMs = seconds * 1000.0;

        // A response model that merely extends the requested one ("gpt-4o" → "gpt-4o-2024-08-06") is the same model
        // pinned to a version, not a fallback.
        result.IsFallback = bag.TakeBool(GenAiAttributes.TelltaleFallback) == true
            || (result.RequestModel is { } requested && result.ResponseModel is { } responded
                && !responded.StartsWith(requested, StringComparison.OrdinalIgnoreCase));
    }

    private static ToolInvocation? ReadTool(AttributeBag bag, AiSpan result)
    {
        var isToolSpan = result.Kind == AiSpanKind.Tool;
        var name = bag.TakeString(GenAiAttributes.ToolName) ?? bag.TakeString(GenAiAttributes.OiToolName);
        if (name is null && isToolSpan)
            name = bag.PeekString(GenAiAttributes.TraceloopEntityName) ?? ToolNameFromSpanName(result.Name);
        if (name is null) return null;

        // OpenInference's tool.parameters is the tool's parameter schema in most instrumentations; the actual
        // arguments of a TOOL span are its input.value. The schema is only used when nothing better was sent.
        var arguments = bag.TakeString(GenAiAttributes.ToolCallArguments)
            ?? (isToolSpan ? result.InputValue : null)
            ?? bag.TakeString(GenAiAttributes.OiToolParameters);
        var toolResult = bag.TakeString(GenAiAttributes.ToolCallResult) ?? (isToolSpan ? result.OutputValue : null);

        return new ToolInvocation(name)
        {
            CallId = bag.TakeString(GenAiAttributes.ToolCallId) ?? bag.TakeString(GenAiAttributes.OiToolId),
            Description = bag.TakeString(GenAiAttributes.ToolDescription) ?? bag.TakeString(GenAiAttributes.OiToolDescription),
            Arguments = arguments,
            Result = toolResult,
        };
    }

    /// <summary>"execute_tool get_weather" → "get_weather", the v1.41 span name format.</summary>
    private static string? ToolNameFromSpanName(string spanName)
    {
        const string prefix = "execute_tool ";
        return spanName.StartsWith(prefix, StringComparison.Ordinal) && spanName.Length > prefix.Length
            ? spanName[prefix.Length..].Trim()
            : null;
    }

    private static string WriteEvents(List<Span.Types.Event>? events)
    {
        if (events is null) return "[]";
        using var buffer = PooledJsonBuffer.Rent();
        var writer = buffer.Writer;
        writer.WriteStartArray();
        foreach (var spanEvent in events)
        {
            writer.WriteStartObject();
            writer.WriteString("name", spanEvent.Name);
            writer.WriteNumber("timeUnixNano", spanEvent.TimeUnixNano);
            writer.WritePropertyName("attributes");
            AnyValueJson.WriteObject(writer, spanEvent.Attributes);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        return buffer.ToText();
    }

    private static string? FindString(IReadOnlyList<KeyValue> attributes, string key)
    {
        for (var i = attributes.Count - 1; i >= 0; i--)
            if (attributes[i].Key == key) return AnyValueJson.ReadString(attributes[i].Value);
        return null;
    }
}
