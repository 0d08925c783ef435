using Telltale.Core.Review.Agreement;
using Telltale.Server.Configuration;

namespace Telltale.Server.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>The human review queue: reviewers' operations, the agreement report and the scheduled sampler.</summary>
    public static IServiceCollection AddReviewQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection($"{TelltaleOptions.Section}:Review"));
        services.AddSingleton<Core.Review.ReviewQueue>();
        services.AddSingleton<AgreementReport>();
        services.AddSingleton<ReviewSamplingRunner>();
        services.AddHostedService<ReviewSamplingLoop>();
        return services;
    }
}
