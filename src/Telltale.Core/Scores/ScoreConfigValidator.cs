namespace Telltale.Core.Scores;

/// <summary>Turns a posted score config into a normalised one, or names every problem with it.</summary>
public static class ScoreConfigValidator
{
    public sealed record Posted(string? Name, string? DataType, double? Min, double? Max, IReadOnlyList<string>? Categories,
        string? Description, string? Evaluator);

    private const int MaxCategories = 50;
    private const int MaxCategoryLength = 100;
    private const int MaxDescriptionLength = 2_000;
    private static readonly string[] DataTypes = [ScoreRecord.Numeric, ScoreRecord.Categorical, ScoreRecord.Boolean];

    public static (ScoreConfig? Config, IReadOnlyList<string> Errors) Normalize(Posted p, string id)
    {
        var errors = new List<string>();
        var name = p.Name?.Trim();
        if (!ScoreNames.IsValid(name)) errors.Add(ScoreNames.Rule("name", p.Name));
        var type = p.DataType?.Trim().ToLowerInvariant();
        if (type is null || !DataTypes.Contains(type))
            errors.Add($"'dataType' must be one of {string.Join(", ", DataTypes)}; got '{p.DataType}'.");
        var evaluator = string.IsNullOrWhiteSpace(p.Evaluator) ? null : p.Evaluator.Trim();
        if (evaluator is not null && !ScoreNames.IsValid(evaluator)) errors.Add(ScoreNames.Rule("evaluator", p.Evaluator));
        if (p.Description is { Length: > MaxDescriptionLength }) errors.Add($"'description' must be at most {MaxDescriptionLength:N0} characters.");

        if (type != ScoreRecord.Numeric && (p.Min is not null || p.Max is not null))
            errors.Add("'min' and 'max' apply to numeric configs only.");
        if (type == ScoreRecord.Numeric) CheckRange(p, errors);
        var categories = type == ScoreRecord.Categorical ? CheckCategories(p.Categories, errors) : null;
        if (type != ScoreRecord.Categorical && p.Categories is { Count: > 0 })
            errors.Add("'categories' apply to categorical configs only.");

        if (errors.Count > 0) return (null, errors);
        return (new ScoreConfig
        {
            Id = id,
            Name = name!,
            DataType = type!,
            Min = p.Min,
            Max = p.Max,
            Categories = categories,
            Description = string.IsNullOrWhiteSpace(p.Description) ? null : p.Description.Trim(),
            Evaluator = evaluator,
        }, errors);
    }

    private static void CheckRange(Posted p, List<string> errors)
    {
        if (p.Min is { } min && !double.IsFinite(min)) errors.Add("'min' must be a finite number.");
        if (p.Max is { } max && !double.IsFinite(max)) errors.Add("'max' must be a finite number.");
        if (p is { Min: { } lo, Max: { } hi } && lo >= hi) errors.Add($"'min' ({lo}) must be less than 'max' ({hi}).");
    }

    private static List<string>? CheckCategories(IReadOnlyList<string>? posted, List<string> errors)
    {
        var categories = posted?.Select(c => c?.Trim() ?? "").ToList() ?? [];
        if (categories.Count is < 2 or > MaxCategories)
        {
            errors.Add($"A categorical config needs 2 to {MaxCategories} 'categories'; got {categories.Count}.");
            return null;
        }
        if (categories.Any(c => c.Length is 0 or > MaxCategoryLength))
            errors.Add($"Every category must be 1 to {MaxCategoryLength} characters.");
        var repeated = categories.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0) errors.Add($"Categories must differ; repeated: {string.Join(", ", repeated)}.");
        return categories;
    }
}
