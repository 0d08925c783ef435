using System.ClientModel;
using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Server.Tests.Infrastructure.OpenAi;

namespace Telltale.Server.Tests;

/// <summary>
/// One tool-using conversation of a "support-assistant" application, run once for all the tests of
/// <see cref="MicrosoftExtensionsAiIngestTests"/>: Microsoft.Extensions.AI over the official OpenAI SDK, traced by the
/// OpenTelemetry SDK and exported over OTLP/HTTP to a real Telltale server. Only the LLM API is a stand-in.
/// </summary>
public sealed class SupportAssistantConversation : IAsyncLifetime
{
    public const string SystemName = "support-assistant";
    public const string EnvironmentName = "staging";
    public const string RequestedModel = "gpt-4o-mini";
    public const string SystemPrompt = "You are the support assistant of an online shop. Use tools to look up orders.";
    public const string UserQuestion = "Where is my order A-1042?";
    public const string ToolName = "get_order_status";
    public const string ToolResult = "Order A-1042 shipped on 2025-03-03 with DHL; expected delivery 2025-03-05.";

    /// <summary>Our own source name rather than M.E.AI's default, so no other test's listener sees these spans.</summary>
    private const string SourceName = "Telltale.Tests.SupportAssistant";

    public static readonly OpenAiStandInScript Script = new()
    {
        ToolCall = new ScriptedToolCall("call_Qx7uJ2hT9mVw3kLp", ToolName, """{"orderId":"A-1042"}""",
            new ScriptedUsage(PromptTokens: 152, CompletionTokens: 21, CachedTokens: 64)),
        FinalAnswer = new ScriptedAnswer("Your order A-1042 shipped with DHL on 3 March and should arrive on 5 March.",
            new ScriptedUsage(PromptTokens: 201, CompletionTokens: 38, CachedTokens: 128)),
    };

    public TelltaleTestServer Telltale { get; private set; } = null!;
    public OpenAiStandIn OpenAi { get; private set; } = null!;
    public ChatResponse Response { get; private set; } = null!;

    /// <summary>The arguments the tool was actually invoked with, as the application saw them.</summary>
    public List<string> ToolInvocations { get; } = [];

    public async Task InitializeAsync()
    {
        Telltale = await TelltaleTestServer.StartAsync();
        OpenAi = await OpenAiStandIn.StartAsync(Script);

        using var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty()
                .AddService(SystemName, serviceVersion: "1.4.0")
                .AddAttributes([new("deployment.environment.name", EnvironmentName)]))
            .AddSource(SourceName)
            .AddOtlpExporter(otlp =>
            {
                otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                otlp.Endpoint = new Uri(Telltale.HttpAddress, "v1/traces");
                otlp.Headers = $"Authorization=Bearer {TelltaleTestServer.AdminKey}";
                otlp.ExportProcessorType = ExportProcessorType.Simple;
            })
            .Build();

        var openAiChat = new OpenAI.Chat.ChatClient(RequestedModel, new ApiKeyCredential("sk-standin-not-a-real-key"),
            new OpenAIClientOptions { Endpoint = OpenAi.Endpoint });
        // Function invocation outermost, telemetry inside it: every round trip to the model gets its own chat span,
        // and the function-invoking client finds the telemetry client's ActivitySource for its execute_tool span.
        using var chat = new ChatClientBuilder(openAiChat.AsIChatClient())
            .UseFunctionInvocation()
            .UseOpenTelemetry(sourceName: SourceName, configure: otel => otel.EnableSensitiveData = true)
            .Build();

        var getOrderStatus = AIFunctionFactory.Create(
            ([Description("The order number, e.g. A-1042")] string orderId) =>
            {
                ToolInvocations.Add(orderId);
                return ToolResult;
            },
            ToolName,
            "Looks up the shipping status of an order.");

        Response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, UserQuestion)],
            new ChatOptions { Tools = [getOrderStatus] });

        Assert.True(tracing.ForceFlush(10_000), "The OTLP exporter did not flush.");
    }

    /// <summary>The conversation's one trace as Telltale stored it, once every span of it has been written.</summary>
    public async Task<TraceDetail> StoredTraceAsync(int expectedSpans)
    {
        var page = await TelltaleTestServer.EventuallyAsync(
            () => Telltale.GetAsync<TracePage>($"/api/v1/traces?system={SystemName}&range=1h"),
            p => p.Items.Count > 0);
        var traceId = Assert.Single(page.Items).TraceId;
        return await TelltaleTestServer.EventuallyAsync(
            () => Telltale.GetAsync<TraceDetail>($"/api/v1/traces/{traceId}"),
            t => t.Spans.Count >= expectedSpans);
    }

    public async Task DisposeAsync()
    {
        await OpenAi.DisposeAsync();
        await Telltale.DisposeAsync();
    }
}
