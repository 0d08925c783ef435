using Telltale.Bench.Generation;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Telltale.Bench.Measurement;
using Telltale.Otlp.Proto.Collector.Trace;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>What a load run achieved: only acknowledged (2xx) spans count.</summary>
public sealed record LoadResult(long AcknowledgedSpans, long Requests, long RejectedSpans, long SaturatedRetries, TimeSpan Elapsed)
{
    public double SpansPerSecond => AcknowledgedSpans / Elapsed.TotalSeconds;
}

/// <summary>
/// N concurrent clients, each POSTing one body to /v1/traces and waiting for its acknowledgement before sending the
/// next, as an OTLP exporter with one export in flight does. A 503 (write queue full) is retried after Retry-After,
/// like an SDK would, and counted.
/// </summary>
public sealed class OtlpLoadRunner(HttpClient http, int clients)
{
    private static readonly MediaTypeHeaderValue Protobuf = new("application/x-protobuf");

    /// <summary>Sends every body once, or cycles over them until <paramref name="duration"/> when one is given, or
    /// until <paramref name="count"/> requests when that is given.</summary>
    public async Task<LoadResult> RunAsync(IReadOnlyList<EncodedRequest> bodies, TimeSpan? duration, LatencyRecorder latencies, long? count = null)
    {
        var total = count ?? bodies.Count;
        long next = -1, acknowledged = 0, requests = 0, rejected = 0, retries = 0;
        var started = Stopwatch.GetTimestamp();

        async Task ClientLoop()
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (duration is { } limit ? Stopwatch.GetElapsedTime(started) >= limit : index >= total) return;
                var body = bodies[(int)(index % bodies.Count)];
                var (refused, saturated) = await SendAsync(body, latencies);
                Interlocked.Add(ref acknowledged, body.Spans - refused);
                Interlocked.Add(ref rejected, refused);
                Interlocked.Add(ref retries, saturated);
                Interlocked.Increment(ref requests);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientLoop)));
        return new LoadResult(acknowledged, requests, rejected, retries, Stopwatch.GetElapsedTime(started));
    }

    /// <returns>Spans the server refused as invalid, and how many 503 retries it took.</returns>
    private async Task<(long Rejected, long Retries)> SendAsync(EncodedRequest body, LatencyRecorder latencies)
    {
        for (long retries = 0; ; retries++)
        {
            using var content = new ByteArrayContent(body.Body);
            content.Headers.ContentType = Protobuf;
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync("/v1/traces", content);
            var answer = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200));
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"POST /v1/traces → {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(answer)}");

            latencies.Add(elapsed);
            var partial = ExportTraceServiceResponse.Parser.ParseFrom(answer).PartialSuccess;
            return (partial?.RejectedSpans ?? 0, retries);
        }
    }

    public static HttpClient CreateClient(Uri address, string apiKey, int clients)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }
}
