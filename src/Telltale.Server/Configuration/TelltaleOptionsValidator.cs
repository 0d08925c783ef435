using System.Net;
using Microsoft.Extensions.Options;
using Telltale.Core.Projects;

namespace Telltale.Server.Configuration;

/// <summary>Checks every setting and reports all problems at once, so a misconfigured start fails with one list.</summary>
public sealed class TelltaleOptionsValidator : IValidateOptions<TelltaleOptions>
{
    public ValidateOptionsResult Validate(string? name, TelltaleOptions o)
    {
        var errors = new List<string>();
        if (!IPAddress.TryParse(o.Host, out _) && o.Host is not ("localhost" or "*" or "0.0.0.0"))
            errors.Add($"Telltale:Host '{o.Host}' must be an IP address, 'localhost' or '*'.");
        if (o.Http.Port is < 0 or > 65535)
            errors.Add($"Telltale:Http:Port {o.Http.Port} must be between 0 and 65535 (0 picks a free port).");
        if (o.Grpc.Port is < -1 or > 65535)
            errors.Add($"Telltale:Grpc:Port {o.Grpc.Port} must be between 0 and 65535, or -1 to disable gRPC.");
        if (o.Grpc.Port == o.Http.Port && o.Http.Port != 0)
            errors.Add($"Telltale:Grpc:Port and Telltale:Http:Port must differ (both are {o.Http.Port}).");
        if (string.IsNullOrWhiteSpace(o.Storage.DataDir))
            errors.Add("Telltale:Storage:DataDir must name a folder.");
        if (string.IsNullOrWhiteSpace(o.Storage.FileName))
            errors.Add("Telltale:Storage:FileName must name a file.");
        if (o.Bootstrap.ApiKey is { } key && (key.Length < 16 || key.Any(char.IsWhiteSpace)))
            errors.Add("Telltale:Bootstrap:ApiKey must be at least 16 characters without spaces.");
        if (o.Bootstrap.AdminPassword is { Length: < 12 })
            errors.Add("Telltale:Bootstrap:AdminPassword must be at least 12 characters.");
        if (string.IsNullOrWhiteSpace(o.Bootstrap.AdminUser))
            errors.Add("Telltale:Bootstrap:AdminUser must not be empty.");
        if (string.IsNullOrWhiteSpace(o.Bootstrap.ProjectName))
            errors.Add("Telltale:Bootstrap:ProjectName must not be empty.");
        if (o.Ingest.MaxBodyBytes < 1024)
            errors.Add("Telltale:Ingest:MaxBodyBytes must be at least 1024.");
        if (o.Ingest.MaxPendingItems < 1 || o.Ingest.MaxItemsPerCommit < 1)
            errors.Add("Telltale:Ingest:MaxPendingItems and MaxItemsPerCommit must be positive.");
        if (o.Ingest.RetryAfterSeconds < 1)
            errors.Add("Telltale:Ingest:RetryAfterSeconds must be at least 1.");
        if (o.Ingest.BackgroundYieldBusyShare is < 0 or > 1)
            errors.Add("Telltale:Ingest:BackgroundYieldBusyShare must be between 0 and 1 (1 never holds background jobs back).");
        if (o.Ingest.BackgroundMaxDeferralSeconds < 0)
            errors.Add("Telltale:Ingest:BackgroundMaxDeferralSeconds must not be negative.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
