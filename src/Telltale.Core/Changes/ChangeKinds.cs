namespace Telltale.Core.Changes;

/// <summary>The kinds of change events: four that users post, two that Telltale detects in traffic.</summary>
public static class ChangeKinds
{
    public const string Deployment = "deployment";
    public const string PromptVersion = "prompt_version";
    public const string Model = "model";
    public const string Configuration = "configuration";

    /// <summary>A responding model (<c>gen_ai.response.model</c>) not seen before for a system that had traffic.</summary>
    public const string ModelVersionSeen = "model_version_seen";

    /// <summary>A <c>service.version</c> not seen before for a system that had traffic.</summary>
    public const string ServiceVersionSeen = "service_version_seen";

    public static readonly IReadOnlyList<string> Postable = [Deployment, PromptVersion, Model, Configuration];

    public static readonly IReadOnlyList<string> All = [Deployment, PromptVersion, Model, Configuration, ModelVersionSeen, ServiceVersionSeen];
}
