using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Projects;
using Telltale.Core.Storage;

namespace Telltale.Storage.DuckDb;

public static class DuckDbServiceCollectionExtensions
{
    /// <summary>Telemetry and configuration in one embedded DuckDB file.</summary>
    public static IServiceCollection AddDuckDbStorage(this IServiceCollection services, string filePath)
    {
        services.AddSingleton(_ => new DuckDbDatabase(filePath));
        services.AddSingleton<IConfigStore, DuckDbConfigStore>();
        services.AddSingleton<Telltale.Core.Accounts.IUserStore, DuckDbUserStore>();
        services.AddSingleton<ITelemetryReader, DuckDbTelemetryReader>();
        services.AddSingleton<IConversationReader, DuckDbConversationReader>();
        services.AddSingleton<Telltale.Core.Changes.IChangeStore, DuckDbChangeStore>();
        services.AddSingleton<Telltale.Core.Alerting.IAlertStore, DuckDbAlertStore>();
        services.AddSingleton<Telltale.Core.Alerting.Notifications.INotificationStore, DuckDbNotificationStore>();
        services.AddSingleton<Telltale.Core.Alerting.Incidents.IIncidentStore, DuckDbIncidentStore>();
        services.AddSingleton<Telltale.Core.Feedback.IFeedbackStore, DuckDbFeedbackStore>();
        services.AddSingleton<Telltale.Core.Scores.IScoreStore, DuckDbScoreStore>();
        services.AddSingleton<Telltale.Core.Intents.IIntentStore, DuckDbIntentStore>();
        services.AddSingleton<Telltale.Core.Datasets.IDatasetStore, DuckDbDatasetStore>();
        services.AddSingleton<Telltale.Core.Evaluation.Canary.ICanaryStore, DuckDbCanaryStore>();
        services.AddSingleton<Telltale.Core.Scores.IScoreConfigStore, DuckDbScoreConfigStore>();
        services.AddSingleton<Telltale.Core.Review.IReviewQueueStore, DuckDbReviewQueueStore>();
        services.AddSingleton<DuckDbTelemetryWriter>();
        services.AddSingleton<ITelemetryWriter>(sp => sp.GetRequiredService<DuckDbTelemetryWriter>());
        return services;
    }
}
