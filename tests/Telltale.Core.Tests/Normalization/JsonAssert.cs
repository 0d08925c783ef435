using System.Text.Json;

namespace Telltale.Core.Tests.Normalization;

internal static class JsonAssert
{
    public static JsonElement Property(string jsonObject, string name)
    {
        using var document = JsonDocument.Parse(jsonObject);
        Assert.True(document.RootElement.TryGetProperty(name, out var value), $"'{name}' missing from {jsonObject}");
        return value.Clone();
    }

    public static void Lacks(string jsonObject, string name)
    {
        using var document = JsonDocument.Parse(jsonObject);
        Assert.False(document.RootElement.TryGetProperty(name, out _), $"'{name}' should not be in {jsonObject}");
    }
}
