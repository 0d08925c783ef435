using Microsoft.Extensions.Options;

namespace Telltale.Server.Configuration;

/// <summary>
/// Binds a <c>Telltale:&lt;name&gt;</c> section and checks it when the server starts, so a zero interval or a sample
/// rate of 5 stops the start with every problem listed, instead of a background loop failing later (a zero-length
/// timer throws) or silently doing the wrong thing.
/// </summary>
public static class ValidatedOptions
{
    public static void AddValidatedSection<T>(this IServiceCollection services, IConfiguration configuration, string name,
        Action<T, SettingChecks> check) where T : class
    {
        var section = $"{TelltaleOptions.Section}:{name}";
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section, check));
        services.AddSingleton(new SectionProbe(sp => _ = sp.GetRequiredService<IOptions<T>>().Value));
    }

    /// <summary>Checks every validated section, and <typeparamref name="TRoot"/>, before anything that reads them is
    /// built (start-up work resolves services before the host's own validation runs), throwing one exception that
    /// lists every problem rather than only the first section's.</summary>
    public static void ThrowIfAnyInvalid<TRoot>(IServiceProvider services) where TRoot : class
    {
        var probes = services.GetServices<SectionProbe>().Prepend(new SectionProbe(sp => _ = sp.GetRequiredService<IOptions<TRoot>>().Value));
        var problems = new List<string>();
        foreach (var probe in probes)
        {
            try
            {
                probe.Read(services);
            }
            catch (OptionsValidationException ex)
            {
                problems.AddRange(ex.Failures);
            }
        }
        if (problems.Count > 0) throw new OptionsValidationException(TelltaleOptions.Section, typeof(TRoot), problems);
    }

    private sealed record SectionProbe(Action<IServiceProvider> Read);

    private sealed class SectionValidator<T>(string section, Action<T, SettingChecks> check) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var checks = new SettingChecks(section);
            check(options, checks);
            return checks.Problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(checks.Problems);
        }
    }
}

/// <summary>Collects what is wrong with one section's settings, each message naming the full setting key.</summary>
public sealed class SettingChecks(string section)
{
    public List<string> Problems { get; } = [];

    public SettingChecks AtLeast(string setting, long value, long minimum, string? why = null)
    {
        if (value < minimum) Problems.Add($"{section}:{setting} is {value}; it must be at least {minimum}{(why is null ? "" : $" ({why})")}.");
        return this;
    }

    public SettingChecks Between(string setting, double value, double minimum, double maximum)
    {
        if (double.IsNaN(value) || value < minimum || value > maximum)
            Problems.Add($"{section}:{setting} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be between {minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        return this;
    }

    public SettingChecks HttpUrl(string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            Problems.Add($"{section}:{setting} '{value}' must be an absolute http(s) URL.");
        return this;
    }
}
