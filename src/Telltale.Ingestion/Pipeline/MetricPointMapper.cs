using System.Text.Json;
using Telltale.Core.Normalization;
using Telltale.Core.Storage;
using Telltale.Otlp.Proto.Metrics;

namespace Telltale.Ingestion.Pipeline;

/// <summary>Flattens OTLP metrics (GenAI token usage, operation duration, time to first chunk, …) into stored points.</summary>
internal static class MetricPointMapper
{
    public static void Map(Metric metric, ResourceContext resource, List<MetricPointRow> into)
    {
        switch (metric.DataCase)
        {
            case Metric.DataOneofCase.Gauge:
                foreach (var p in metric.Gauge.DataPoints) into.Add(Number(metric, resource, "gauge", p, 0));
                break;
            case Metric.DataOneofCase.Sum:
                foreach (var p in metric.Sum.DataPoints) into.Add(Number(metric, resource, "sum", p, (int)metric.Sum.AggregationTemporality));
                break;
            case Metric.DataOneofCase.Histogram:
                foreach (var p in metric.Histogram.DataPoints) into.Add(Histogram(metric, resource, p, (int)metric.Histogram.AggregationTemporality));
                break;
            case Metric.DataOneofCase.ExponentialHistogram:
                foreach (var p in metric.ExponentialHistogram.DataPoints)
                    into.Add(Exponential(metric, resource, p, (int)metric.ExponentialHistogram.AggregationTemporality));
                break;
            case Metric.DataOneofCase.Summary:
                foreach (var p in metric.Summary.DataPoints) into.Add(Summary(metric, resource, p));
                break;
        }
    }

    private static MetricPointRow Base(Metric m, ResourceContext r, string type, ulong start, ulong time,
        Google.Protobuf.Collections.RepeatedField<Telltale.Otlp.Proto.Common.KeyValue> attributes, int temporality) => new()
        {
            System = r.System,
            Name = m.Name,
            Unit = m.Unit.Length == 0 ? null : m.Unit,
            Type = type,
            StartUnixNano = (long)start,
            TimeUnixNano = (long)time,
            AttributesJson = AnyValueJson.ObjectToJson(attributes),
            Temporality = temporality,
        };

    private static MetricPointRow Number(Metric m, ResourceContext r, string type, NumberDataPoint p, int temporality) =>
        Base(m, r, type, p.StartTimeUnixNano, p.TimeUnixNano, p.Attributes, temporality) with
        {
            Value = p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt : p.AsDouble,
        };

    private static MetricPointRow Histogram(Metric m, ResourceContext r, HistogramDataPoint p, int temporality) =>
        Base(m, r, "histogram", p.StartTimeUnixNano, p.TimeUnixNano, p.Attributes, temporality) with
        {
            Count = (long)p.Count,
            Sum = p.HasSum ? p.Sum : null,
            Min = p.HasMin ? p.Min : null,
            Max = p.HasMax ? p.Max : null,
            BucketsJson = JsonSerializer.Serialize(new { bounds = p.ExplicitBounds, counts = p.BucketCounts }),
        };

    private static MetricPointRow Exponential(Metric m, ResourceContext r, ExponentialHistogramDataPoint p, int temporality) =>
        Base(m, r, "exponential_histogram", p.StartTimeUnixNano, p.TimeUnixNano, p.Attributes, temporality) with
        {
            Count = (long)p.Count,
            Sum = p.HasSum ? p.Sum : null,
            Min = p.HasMin ? p.Min : null,
            Max = p.HasMax ? p.Max : null,
            BucketsJson = JsonSerializer.Serialize(new
            {
                scale = p.Scale,
                zeroCount = p.ZeroCount,
                positive = new { offset = p.Positive?.Offset ?? 0, counts = p.Positive?.BucketCounts.ToArray() ?? [] },
                negative = new { offset = p.Negative?.Offset ?? 0, counts = p.Negative?.BucketCounts.ToArray() ?? [] },
            }),
        };

    private static MetricPointRow Summary(Metric m, ResourceContext r, SummaryDataPoint p) =>
        Base(m, r, "summary", p.StartTimeUnixNano, p.TimeUnixNano, p.Attributes, 0) with
        {
            Count = (long)p.Count,
            Sum = p.Sum,
            BucketsJson = JsonSerializer.Serialize(p.QuantileValues.Select(q => new { q.Quantile, q.Value })),
        };
}
