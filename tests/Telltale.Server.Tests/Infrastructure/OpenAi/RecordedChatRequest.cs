using System.Text.Json;

namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>One <c>POST /v1/chat/completions</c> as the stand-in received it.</summary>
/// <param name="Body">The request JSON, cloned so it outlives the request.</param>
public sealed record RecordedChatRequest(string? Authorization, JsonElement Body)
{
    public string? Model => Body.TryGetProperty("model", out var model) ? model.GetString() : null;

    public bool OffersTools => Body.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array && tools.GetArrayLength() > 0;

    public IReadOnlyList<JsonElement> Messages =>
        Body.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array ? [.. messages.EnumerateArray()] : [];

    public bool HasToolResult => Messages.Any(m => m.TryGetProperty("role", out var role) && role.GetString() == "tool");

    public IReadOnlyList<string> Roles => [.. Messages.Select(m => m.GetProperty("role").GetString() ?? "")];
}
