using Telltale.Core.Review.Agreement;
using Telltale.Server.Configuration;

namespace Telltale.Server.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>The human review queue: reviewers' operations, the agreement report and the scheduled sampler.</summary>
    public static IServiceCollection AddReviewQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedSection<ReviewOptions>(configuration, "Review", (o, c) => c
            .AtLeast(nameof(o.IntervalSeconds), o.IntervalSeconds, 1)
            .AtLeast(nameof(o.LagSeconds), o.LagSeconds, 0)
            .AtLeast(nameof(o.MaxCandidatesPerWeek), o.MaxCandidatesPerWeek, 1));
        services.AddSingleton<Core.Review.ReviewQueue>();
        services.AddSingleton<AgreementReport>();
        services.AddSingleton<ReviewSamplingRunner>();
        services.AddHostedService<ReviewSamplingLoop>();
        return services;
    }
}
