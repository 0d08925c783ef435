using Telltale.Core.Model;
using Telltale.Core.Normalization;
using Telltale.Core.Storage;
using Telltale.Otlp.Proto.Logs;

namespace Telltale.Ingestion.Pipeline;

/// <summary>Maps an OTLP log record to a stored row; GenAI events among them have their messages decoded here so
/// the trace view can attach them to their span.</summary>
internal static class LogRecordMapper
{
    public static LogRecordRow Map(LogRecord record, ResourceContext resource)
    {
        var eventName = GenAiEventMessages.EventNameOf(record);
        IReadOnlyList<ChatMessage> input = [], output = [];
        if (eventName == GenAiEventMessages.InferenceOperationDetails)
        {
            var inList = new List<ChatMessage>();
            var outList = new List<ChatMessage>();
            if (GenAiEventMessages.TryConvertOperationDetails(record.Attributes, record.Body, inList, outList))
                (input, output) = (inList, outList);
        }
        else if (GenAiEventMessages.TryConvert(eventName, record.Attributes, record.Body, out var message, out var isOutput))
        {
            if (isOutput) output = [message];
            else input = [message];
        }

        return new LogRecordRow
        {
            System = resource.System,
            TraceId = OtlpIds.Hex(record.TraceId),
            SpanId = OtlpIds.Hex(record.SpanId),
            TimeUnixNano = (long)(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
            SeverityNumber = (int)record.SeverityNumber,
            SeverityText = record.SeverityText.Length == 0 ? null : record.SeverityText,
            EventName = eventName,
            BodyJson = record.Body is null ? null : AnyValueJson.ToJson(record.Body),
            AttributesJson = AnyValueJson.ObjectToJson(record.Attributes),
            ResourceAttributesJson = resource.ResourceAttributesJson,
            InputMessages = input,
            OutputMessages = output,
        };
    }
}
