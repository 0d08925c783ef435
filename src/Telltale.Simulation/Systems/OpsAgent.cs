using System.Diagnostics;
using Telltale.Simulation.Content;
using Telltale.Simulation.Model;
using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Systems;

/// <summary>
/// "ops-agent": an IT-operations agent. Each arrival is one run (an <c>invoke_agent</c> trace): gpt-4o plans, calls
/// tools one at a time (some fail, the agent retries or moves on), sometimes gets stuck repeating the same call until
/// its step limit, and ends with a report. Input tokens grow with every step, as the conversation is resent.
/// </summary>
public sealed class OpsAgent(SystemContext ctx) : ISimulatedSystem
{
    public const string SystemName = "ops-agent";
    public const string Version = "1.8.2";
    public const string BrokenVersion = "1.9.0";
    public const string HotfixVersion = "1.9.1";
    public const int MaxSteps = 8;
    public const double LoopRate = 0.03;

    /// <summary>Tokens of system prompt and tool definitions resent on every call, before and after prompt bloat. The
    /// bloated prompt is sized so a task costs about 40 % more.</summary>
    public const int PromptTokens = 1900;
    public const int BloatedPromptTokens = 2975;

    public const double DeploymentFailureRate = 0.30;

    public string Name => SystemName;

    public void Arrive(DateTimeOffset start, List<SimEvent> events) => Run(start, events, attempt: 0);

    /// <summary>Runs are queue-driven: the orchestrator retries a failed run up to twice, so an error burst also
    /// brings a burst of retries.</summary>
    public const int MaxRetries = 2;

    private void Run(DateTimeOffset start, List<SimEvent> events, int attempt)
    {
        var r = ctx.Random;
        var slots = Slots();
        var request = TextComposer.Fill(r.Pick(AgentContent.Requests), slots);
        var version = VersionAt(start);
        var ticket = slots["ticket"];
        var requester = $"emp-{r.Next(0, 400):000}";

        var root = new SimSpan { Name = "invoke_agent ops-agent", Kind = ActivityKind.Internal, Start = start, End = start };
        root.Set("gen_ai.operation.name", "invoke_agent").Set("gen_ai.agent.name", "ops-agent").Set("gen_ai.agent.id", "agent-ops-01")
            .Set("gen_ai.conversation.id", ticket).Set("user.id", requester).Set("telltale.feature", "it-operations");

        var bloated = ctx.IsActive(IncidentKind.PromptBloat, start);
        var promptTokens = bloated ? BloatedPromptTokens : PromptTokens;
        var systemPrompt = AgentContent.SystemPrompt + (bloated ? AgentContent.BloatedPromptAddition : "");
        var looping = r.Chance(LoopRate);
        var plannedTools = looping ? MaxSteps : r.Geometric(0.35, 6);
        var history = new List<(string Role, string Text)> { ("user", request) };
        var historyTokens = 0;
        var time = start + TimeSpan.FromMilliseconds(r.Uniform(5, 30));
        AgentContent.Tool? loopTool = null;

        for (var step = 0; step <= plannedTools; step++)
        {
            var final = step == plannedTools;
            var tool = looping ? loopTool ??= r.Pick(AgentContent.Tools) : r.Pick(AgentContent.Tools);
            var callId = $"call_{r.Hex(6)}";
            var arguments = Arguments(tool, slots);
            var outputTokens = final ? (long)Math.Clamp(r.LogNormal(190, 0.35), 40, 700) : r.Next(35, 110);
            var finish = final ? (looping ? "length" : "stop") : "tool_call";
            var report = final ? Report(slots, outputTokens, looping) : null;
            var chat = LlmCalls.Chat(ctx, time,
                new LlmCalls.ChatRequest(ModelSpec.Gpt4o, promptTokens + historyTokens + r.Next(20, 80), outputTokens,
                    GenAiMessages.Input([.. history.TakeLast(4)]), GenAiMessages.SystemInstructions(systemPrompt), finish),
                () => final ? GenAiMessages.Output(report!, finish) : GenAiMessages.ToolCall(callId, tool.Name, arguments),
                DeploymentFailure(time));
            chat.Set("gen_ai.conversation.id", ticket).Set("gen_ai.agent.name", "ops-agent");
            root.Children.Add(chat);
            time = chat.End + TimeSpan.FromMilliseconds(r.Uniform(3, 20));
            if (chat.IsError)
            {
                root.Fail($"Agent run aborted: {chat.StatusMessage}");
                break;
            }
            if (final)
            {
                if (looping) root.Fail("Agent stopped: maximum number of steps reached").Set("error.type", "max_steps_exceeded");
                break;
            }

            var toolSpan = ToolCall(time, tool, callId, arguments, slots);
            root.Children.Add(toolSpan);
            time = toolSpan.End + TimeSpan.FromMilliseconds(r.Uniform(3, 20));
            history.Add(("assistant", $"Calling {tool.Name} {arguments}"));
            history.Add(("tool", toolSpan.IsError ? toolSpan.StatusMessage! : (string)toolSpan.Get("gen_ai.tool.call.result")!));
            historyTokens += r.Next(180, 420);
        }
        root.End = time + TimeSpan.FromMilliseconds(r.Uniform(5, 30));
        root.Set("telltale.attempt", (long)attempt + 1);
        events.Add(new TraceEvent(root.End, Name, version, root, ctx.NewTraceId()));
        if (root.Children[^1] is { IsError: true } failed && failed.Kind == ActivityKind.Client && attempt < MaxRetries)
            Run(root.End + TimeSpan.FromSeconds(r.Uniform(10, 40)), events, attempt + 1);
    }

    /// <summary>The service version at a moment: the broken release during a deployment error burst, the hotfix after it.</summary>
    public string VersionAt(DateTimeOffset time)
    {
        var deployments = ctx.Scenario.Incidents.Where(i => i.System == Name && i.Kind == IncidentKind.DeploymentErrorBurst && i.Onset <= time).ToList();
        if (deployments.Count == 0) return Version;
        return deployments.Any(d => d.IsActive(time)) ? BrokenVersion : HotfixVersion;
    }

    /// <summary>Release 1.9.0 sends a tool schema the provider rejects on a share of calls.</summary>
    private (string, int, string)? DeploymentFailure(DateTimeOffset at) =>
        ctx.IsActive(IncidentKind.DeploymentErrorBurst, at) && ctx.Random.Chance(DeploymentFailureRate)
            ? ("invalid_request_error", 400, "400 Bad Request: Invalid schema for function 'query_metrics': 'window' is not of type 'string'")
            : null;

    private SimSpan ToolCall(DateTimeOffset start, AgentContent.Tool tool, string callId, string arguments, Dictionary<string, string> slots)
    {
        var r = ctx.Random;
        var span = new SimSpan
        {
            Name = $"execute_tool {tool.Name}",
            Kind = ActivityKind.Internal,
            Start = start,
            End = start + TimeSpan.FromMilliseconds(r.LogNormal(tool.Name == "restart_service" ? 2500 : 240, 0.6)),
        };
        span.Set("gen_ai.operation.name", "execute_tool").Set("gen_ai.tool.name", tool.Name).Set("gen_ai.tool.type", "function")
            .Set("gen_ai.tool.call.id", callId).Set("gen_ai.tool.description", tool.Description).Set("gen_ai.tool.call.arguments", arguments);
        if (r.Chance(tool.FailureRate))
        {
            var failure = r.Pick(tool.Failures);
            span.Set("error.type", failure[..failure.IndexOf(':')]).Fail(failure);
        }
        else
        {
            span.Set("gen_ai.tool.call.result", Result(tool, slots));
        }
        return span;
    }

    private string Arguments(AgentContent.Tool tool, Dictionary<string, string> s) => tool.Name switch
    {
        "search_runbooks" => GenAiMessages.Object(("query", $"{s["service"]} {ctx.Random.Pick(new[] { "5xx", "latency", "restart", "disk full", "queue backlog" })}")),
        "query_metrics" => GenAiMessages.Object(("service", s["service"]), ("metric", ctx.Random.Pick(new[] { "error_rate", "latency_p95", "cpu", "queue_depth" })), ("window", "6h")),
        "get_recent_deploys" => GenAiMessages.Object(("service", s["service"]), ("limit", 5)),
        "restart_service" => GenAiMessages.Object(("service", s["service"]), ("host", s["host"])),
        "get_ticket" or "create_ticket" => GenAiMessages.Object(("ticket", s["ticket"]), ("priority", "P3")),
        "post_slack_message" => GenAiMessages.Object(("channel", s["channel"]), ("text", $"Investigating {s["service"]}")),
        _ => GenAiMessages.Object(("user", s["person"])),
    };

    private string Result(AgentContent.Tool tool, Dictionary<string, string> s)
    {
        var r = ctx.Random;
        return tool.Name switch
        {
            "query_metrics" => GenAiMessages.Object(("service", s["service"]), ("p95_ms", r.Next(120, 900)), ("error_rate", Math.Round(r.Uniform(0, 0.08), 3))),
            "get_recent_deploys" => GenAiMessages.Object(("latest", s["deploy"]), ("at", s["time"]), ("author", $"emp-{r.Next(0, 400):000}")),
            "search_runbooks" => GenAiMessages.Object(("title", $"Runbook: {s["service"]} troubleshooting"), ("section", $"{r.Next(1, 9)}.{r.Next(1, 6)}")),
            "restart_service" => GenAiMessages.Object(("status", "restarted"), ("healthy", true)),
            "create_ticket" => GenAiMessages.Object(("ticket", $"INC-{r.Next(10000, 99999)}"), ("status", "open")),
            "post_slack_message" => GenAiMessages.Object(("ok", true), ("channel", s["channel"])),
            "check_vpn_status" => GenAiMessages.Object(("sessions", r.Next(0, 3)), ("last_error", "certificate expired")),
            _ => GenAiMessages.Object(("ticket", s["ticket"]), ("status", "in progress")),
        };
    }

    private string Report(Dictionary<string, string> slots, long tokens, bool looping) => looping
        ? $"I keep getting the same result from the tools and could not finish the investigation of {slots["service"]}."
        : TextComposer.Compose(ctx.Random, AgentContent.Findings, AgentContent.Actions.Concat(AgentContent.Findings).ToArray(),
            AgentContent.Closings, tokens, slots);

    private Dictionary<string, string> Slots()
    {
        var r = ctx.Random;
        return new Dictionary<string, string>
        {
            ["service"] = r.Pick(AgentContent.Services),
            ["host"] = r.Pick(AgentContent.Hosts),
            ["channel"] = r.Pick(AgentContent.Channels),
            ["ticket"] = $"IT-{r.Next(20000, 99999)}",
            ["person"] = People.Customer(r).Name,
            ["time"] = $"{r.Next(0, 24):00}:{r.Next(0, 60):00} UTC",
            ["deploy"] = $"v{r.Next(2, 9)}.{r.Next(0, 30)}.{r.Next(0, 10)}",
        };
    }
}
