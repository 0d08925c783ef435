using Telltale.Core.Datasets;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>Checks a canary definition and names every problem at once.</summary>
public static class CanaryValidator
{
    public static IReadOnlyList<string> Validate(CanaryDefinition c, IReadOnlyCollection<string> connections)
    {
        var errors = new List<string>();
        if (DatasetRules.NameError(c.Name) is { } nameError) errors.Add(nameError);
        if (string.IsNullOrWhiteSpace(c.System)) errors.Add("'system' is required: the AI system (service.name) this canary guards.");
        if (string.IsNullOrWhiteSpace(c.Dataset)) errors.Add("'dataset' is required: the name of a dataset of this project.");
        if (c.Target is null) errors.Add("'target' is required: { connection, model, messages }.");
        else
        {
            if (!connections.Contains(c.Target.Connection))
                errors.Add($"'target.connection' must name an LLM connection of this project ({(connections.Count == 0 ? "none exist: PUT /api/v1/llm-connections/{name}" : string.Join(", ", connections))}); got '{c.Target.Connection}'.");
            if (string.IsNullOrWhiteSpace(c.Target.Model)) errors.Add("'target.model' is required: the model production calls.");
            foreach (var (m, i) in c.Target.PromptMessages.Select((m, i) => (m, i)))
            {
                if (string.IsNullOrWhiteSpace(m.Content)) errors.Add($"'target.messages[{i}].content' is required.");
                if (m.Role is not ("system" or "user" or "assistant" or "developer"))
                    errors.Add($"'target.messages[{i}].role' must be system, developer, user or assistant; got '{m.Role}'.");
                if (new PromptTemplate(m.Content ?? "").Unknown(CanaryTarget.Variables) is { Count: > 0 } unknown)
                    errors.Add($"'target.messages[{i}]' uses unknown variables {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}; offered: {{{{input}}}}, {{{{intent}}}}, {{{{metadata.<key>}}}}.");
            }
            if (!c.Target.PromptMessages.Any(m => (m.Content ?? "").Contains("{{", StringComparison.Ordinal)))
                errors.Add("'target.messages' never uses the item: put {{input}} where the user's message goes.");
        }
        if (c.Scorers is not { Count: > 0 }) errors.Add("'scorers' must list at least one scorer (exact, contains, regex, json_schema, llm_judge).");
        else
        {
            for (var i = 0; i < c.Scorers.Count; i++) errors.AddRange(ScorerFactory.Validate(c.Scorers[i], connections, $"scorers[{i}]"));
            foreach (var dup in c.Scorers.GroupBy(s => s.ScoreName).Where(g => g.Count() > 1))
                errors.Add($"Two scorers are named '{dup.Key}'; give them distinct 'name's.");
        }
        if (CanarySchedule.Error(c.Schedule) is { } scheduleError) errors.Add(scheduleError);
        if (c.MarginPercent is <= 0 or >= 100) errors.Add($"'marginPercent' must be above 0 and below 100; got {c.MarginPercent}.");
        if (c.Alpha is <= 0 or >= 0.5) errors.Add($"'alpha' must be above 0 and below 0.5; got {c.Alpha}.");
        if (c.Concurrency is < 1 or > 32) errors.Add($"'concurrency' must be from 1 to 32; got {c.Concurrency}.");
        if (c.DatasetVersion is < 1) errors.Add("'datasetVersion' must be 1 or more when given.");
        return errors;
    }
}
