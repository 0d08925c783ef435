namespace Telltale.Core.Intents;

/// <summary>One intent a project's conversations can have, with the example utterances its classifier learns from.</summary>
public sealed record IntentDefinition(string Name, IReadOnlyList<string> Examples);
