namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>How the stand-in's assistant model behaves; a test switches it mid-run.</summary>
public enum AssistantBehaviour
{
    /// <summary>Short, direct answers stating the fact asked for.</summary>
    Normal,

    /// <summary>A vendor's silent update: a new dated model version whose answers are ~30 % longer and hedge.</summary>
    VendorUpdate,

    /// <summary>One question in five (the same ones every time) refused.</summary>
    Refuses20Percent,
}
