using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>A quiet Kestrel app on a free loopback port, for the stand-ins of the OpenAI API.</summary>
internal static class LoopbackApp
{
    /// <returns>The started app and its <c>/v1/</c> root, where <c>OpenAIClientOptions.Endpoint</c> points.</returns>
    public static async Task<(WebApplication App, Uri Endpoint)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (app, new Uri(new Uri(bound), "/v1/"));
    }
}
