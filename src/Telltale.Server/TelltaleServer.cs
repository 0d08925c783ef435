using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Prometheus;
using Telltale.Core.Alerting.Notifications;
using Telltale.Core.Projects;
using Telltale.Core.Serialization;
using Telltale.Ingestion.Enrichment;
using Telltale.Ingestion.Pipeline;
using Telltale.Ingestion.Writing;
using Telltale.Server.Alerting;
using Telltale.Server.Api;
using MudBlazor.Services;
using Telltale.Server.Auth;
using Telltale.Server.Auth.Dashboard;
using Telltale.Server.Bootstrap;
using Telltale.Server.Configuration;
using Telltale.Server.Health;
using Telltale.Server.Otlp.Grpc;
using Telltale.Server.Otlp.Http;
using Telltale.Server.Review;
using Telltale.Storage.DuckDb;

namespace Telltale.Server;

/// <summary>
/// The composition root: the one place where Telltale is assembled. The CLI runs it; the integration tests boot this
/// same class on port 0, so they exercise the real start-up path.
/// </summary>
public sealed class TelltaleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ListenEndpoints _listen;

    public IServiceProvider Services => _app.Services;
    public TelltaleOptions Options { get; }

    /// <summary>Known once started; with port 0 these are the ports actually bound.</summary>
    public Uri HttpAddress => _listen.Http ?? throw new InvalidOperationException("Not started.");
    public Uri? GrpcAddress => _listen.Grpc;
    public BootstrapResult? Bootstrap { get; private set; }

    private TelltaleServer(WebApplication app, ListenEndpoints listen, TelltaleOptions options)
    {
        _app = app;
        _listen = listen;
        Options = options;
    }

    /// <param name="args">Command-line style configuration (<c>--Telltale:Http:Port=0</c>).</param>
    /// <param name="configure">Extra configuration, applied last (tests use it to set ports and folders).</param>
    public static TelltaleServer Create(string[]? args = null, IDictionary<string, string?>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        // Defaults come first so appsettings, environment variables and flags override them: one line per HTTP
        // request at Information would bury the console of a server taking thousands of OTLP requests a minute.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            },
        });
        if (configure is not null) builder.Configuration.AddInMemoryCollection(configure);

        UseDashboardAssets(builder);
        var options = builder.Configuration.GetSection(TelltaleOptions.Section).Get<TelltaleOptions>() ?? new TelltaleOptions();
        var validation = new TelltaleOptionsValidator().Validate(null, options);
        if (validation.Failed) throw new OptionsValidationException(TelltaleOptions.Section, typeof(TelltaleOptions), validation.Failures);

        var listen = new ListenEndpoints();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = options.Host switch
            {
                "*" or "0.0.0.0" => IPAddress.Any,
                "localhost" => IPAddress.Loopback,
                _ => IPAddress.Parse(options.Host),
            };
            // Cleartext HTTP/2 needs prior knowledge, which browsers and OTLP/HTTP clients do not use: HTTP/1.1 here.
            kestrel.Listen(address, options.Http.Port, l => { l.Protocols = HttpProtocols.Http1; listen.HttpOptions = l; });
            // OTLP/gRPC needs HTTP/2 without TLS, which Kestrel only speaks on an HTTP/2-only endpoint.
            if (options.Grpc.Port >= 0)
                kestrel.Listen(address, options.Grpc.Port, l => { l.Protocols = HttpProtocols.Http2; listen.GrpcOptions = l; });
        });

        AddServices(builder.Services, builder.Configuration, options);
        var app = builder.Build();
        MapEndpoints(app);
        return new TelltaleServer(app, listen, options);
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, TelltaleOptions options)
    {
        services.AddOptions<TelltaleOptions>().Bind(configuration.GetSection(TelltaleOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelltaleOptions>, TelltaleOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        // Binding failures throw, so ApiBadRequestMiddleware can say what was wrong (by default they are a bare 400).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json =>
        {
            var source = TelltaleJson.Options;
            json.SerializerOptions.PropertyNamingPolicy = source.PropertyNamingPolicy;
            json.SerializerOptions.DefaultIgnoreCondition = source.DefaultIgnoreCondition;
            foreach (var converter in source.Converters) json.SerializerOptions.Converters.Add(converter);
        });

        services.AddDuckDbStorage(options.Storage.FilePath);

        services.AddSingleton<IngestMetrics>();
        services.AddSingleton(new BatchWriterOptions
        {
            MaxPendingItems = options.Ingest.MaxPendingItems,
            MaxItemsPerCommit = options.Ingest.MaxItemsPerCommit,
            RetryAfter = TimeSpan.FromSeconds(options.Ingest.RetryAfterSeconds),
        });
        services.AddSingleton<WriterLoad>();
        services.AddSingleton<BatchWriter>();
        services.AddSingleton<Background.IngestFirst>();
        services.AddSingleton<ProjectPriceTables>();
        services.AddSingleton<ISpanEnricher, CostEnricher>();
        services.AddSingleton<IngestPipeline>();

        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<IApiKeyCache>(sp => sp.GetRequiredService<ApiKeyAuthenticator>());
        services.AddSingleton<ApiKeyIssuer>();
        services.AddSingleton<FirstStartBootstrap>();
        services.AddSingleton<GrpcIngest>();

        services.AddValidatedSection<AlertingOptions>(configuration, "Alerting", (o, c) => c
            .AtLeast(nameof(o.IntervalSeconds), o.IntervalSeconds, 1)
            .AtLeast(nameof(o.EvaluationDelaySeconds), o.EvaluationDelaySeconds, 0)
            .AtLeast(nameof(o.NotificationRetries), o.NotificationRetries, 0)
            .AtLeast(nameof(o.NotificationRetryDelayMs), o.NotificationRetryDelayMs, 0)
            .HttpUrl(nameof(o.PublicUrl), o.PublicUrl));
        services.AddSingleton<RuleHistory>();
        services.AddSingleton<RuleObservations>();
        services.AddSingleton<AlertEvaluator>();
        services.AddSingleton<AlertContextBuilder>();
        services.AddSingleton<AlertingCycle>();
        services.AddSingleton<RulesFileLoader>();
        services.AddSingleton<Core.Alerting.Incidents.IncidentTracker>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHttpClient(Alerting.Notifiers.HttpNotifier.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<INotifier, Alerting.Notifiers.WebhookNotifier>();
        services.AddSingleton<INotifier, Alerting.Notifiers.SlackNotifier>();
        services.AddSingleton<INotifier, Alerting.Notifiers.PagerDutyNotifier>();
        services.AddSingleton<INotifier, Alerting.Notifiers.TeamsNotifier>();
        services.AddSingleton<INotifier, Alerting.Notifiers.EmailNotifier>();
        services.AddSingleton<DefaultRuleSeeder>();
        services.AddHostedService<AlertEvaluationLoop>();

        services.AddReviewQueue(configuration);

        services.AddValidatedSection<Evaluation.EvaluationOptions>(configuration, "Evaluation", (o, c) => c
            .AtLeast(nameof(o.IntervalSeconds), o.IntervalSeconds, 1)
            .AtLeast(nameof(o.LagSeconds), o.LagSeconds, 0)
            .Between(nameof(o.DefaultSampleRate), o.DefaultSampleRate, 0, 1)
            .AtLeast(nameof(o.BatchSize), o.BatchSize, 1));
        services.AddSingleton<Evaluation.OnlineEvaluationRunner>();
        services.AddHostedService<Evaluation.OnlineEvaluationLoop>();
        services.AddSingleton<Evaluation.Llm.LlmConnections>();
        services.AddSingleton<Core.Evaluation.Llm.ILlmClient, Evaluation.Llm.OpenAiCompatibleClient>();
        services.AddSingleton<Evaluation.Llm.OwnCallRecorder>();
        services.AddValidatedSection<Evaluation.Canary.CanaryOptions>(configuration, "Canary", (o, c) => c
            .AtLeast(nameof(o.IntervalSeconds), o.IntervalSeconds, 1));
        services.AddSingleton<Evaluation.Canary.CanaryRunner>();
        // The API's ?wait=false and the dashboard's Run now both start runs through it.
        services.AddSingleton<Core.Evaluation.Canary.ICanaryRunTrigger, Evaluation.Canary.BackgroundCanaryRunTrigger>();
        services.AddSingleton<Evaluation.Canary.CanaryScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Evaluation.Canary.CanaryScheduler>());

        services.AddValidatedSection<Intents.IntentOptions>(configuration, "Intents", (o, c) => c
            .AtLeast(nameof(o.IntervalSeconds), o.IntervalSeconds, 1)
            .AtLeast(nameof(o.LagSeconds), o.LagSeconds, 0)
            .AtLeast(nameof(o.BatchSize), o.BatchSize, 1)
            .AtLeast(nameof(o.MaxBatchesPerRun), o.MaxBatchesPerRun, 1)
            .AtLeast(nameof(o.RetagDays), o.RetagDays, 0)
            .AtLeast(nameof(o.SessionLookbackHours), o.SessionLookbackHours, 0));
        services.AddSingleton<Telltale.Intents.IntentClassifierCache>();
        services.AddSingleton<Intents.IntentTaggingRunner>();
        services.AddSingleton<Core.Intents.IntentBreakdownBuilder>();
        services.AddHostedService<Intents.IntentTaggingLoop>();

        services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = (int)Math.Min(options.Ingest.MaxBodyBytes, int.MaxValue);
            grpc.EnableDetailedErrors = false;
        });
        services.AddOpenApi();
        AddDashboard(services);
        services.AddCors(cors => cors.AddPolicy(FeedbackEndpoints.CorsPolicy, policy =>
            policy.AllowAnyOrigin().WithMethods("POST").WithHeaders("Authorization", "Content-Type")));
    }

    /// <summary>
    /// The dashboard's static files (MudBlazor, Plotly, our CSS, blazor.web.js) are described by manifests the CLI's
    /// build writes, whatever program hosts the server (the CLI, or the tests, which reference the CLI). In a build they
    /// point into the package cache and source folders (the runtime manifest); once published they are files under wwwroot.
    /// </summary>
    private static void UseDashboardAssets(WebApplicationBuilder builder)
    {
        var runtimeManifest = Path.Combine(AppContext.BaseDirectory, $"{AssetsManifestName}.staticwebassets.runtime.json");
        if (!File.Exists(runtimeManifest)) return;
        builder.WebHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, runtimeManifest);
        builder.WebHost.UseStaticWebAssets();
    }

    private const string AssetsManifestName = "telltale";

    /// <summary>The Blazor dashboard: cookie sign-in for people (API keys stay for programs) and the page services.</summary>
    private static void AddDashboard(IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(DashboardAuthEndpoints.Scheme).AddCookie(DashboardAuthEndpoints.Scheme, cookie =>
        {
            cookie.Cookie.Name = "telltale_session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddSingleton<DashboardAccounts>();
        services.AddScoped<Web.Services.ProjectContext>();
        services.AddSingleton<Core.Dashboard.OverviewBuilder>();
        services.AddSingleton<Core.Dashboard.SystemPageBuilder>();
        services.AddSingleton<Core.Quality.QualityReport>();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.UseCors();
        app.UseMiddleware<ApiBadRequestMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealth();
        app.MapMetrics("/metrics", app.Services.GetRequiredService<IngestMetrics>().Registry);
        app.MapOpenApi("/openapi/{documentName}.json");

        app.MapOtlpHttp();
        app.MapGrpcService<OtlpGrpcTraceService>();
        app.MapGrpcService<OtlpGrpcLogsService>();
        app.MapGrpcService<OtlpGrpcMetricsService>();

        var api = app.MapGroup("/api/v1");
        api.MapTelemetryQueries();
        api.MapAdmin();
        api.MapChanges();
        api.MapAlerts();
        api.MapNotifications();
        api.MapIncidents();
        api.MapFeedback();
        api.MapScoreConfigs();
        api.MapReviewQueue();
        api.MapScores();
        api.MapEvaluators();
        api.MapDatasets();
        api.MapLlmConnections();
        api.MapCanaries();
        api.MapQuality();
        api.MapIntents();

        // Hosts built without the CLI (the benchmarks) have no asset manifest: they serve everything but the dashboard's files.
        var assets = Path.Combine(AppContext.BaseDirectory, $"{AssetsManifestName}.staticwebassets.endpoints.json");
        if (File.Exists(assets)) app.MapStaticAssets(assets);
        else app.Logger.LogWarning("Dashboard static files not found ({Manifest}); the dashboard will render unstyled.", assets);
        app.MapDashboardAuth();
        app.MapRazorComponents<Web.Components.App>().AddInteractiveServerRenderMode();
    }

    public async Task StartAsync(CancellationToken ct = default)
    {
        ValidatedOptions.ThrowIfAnyInvalid<TelltaleOptions>(Services);
        Bootstrap = await Services.GetRequiredService<FirstStartBootstrap>().RunAsync(ct);
        await Services.GetRequiredService<RulesFileLoader>().LoadAsync(Bootstrap.DefaultProject, ct);
        _ = Services.GetRequiredService<BatchWriter>();
        await _app.StartAsync(ct);
        _listen.Resolve();
    }

    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public Task StopAsync(CancellationToken ct = default) => _app.StopAsync(ct);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Kestrel fills in the bound port on the listen options once started; we read the addresses from there.</summary>
    private sealed class ListenEndpoints
    {
        public ListenOptions? HttpOptions { get; set; }
        public ListenOptions? GrpcOptions { get; set; }
        public Uri? Http { get; private set; }
        public Uri? Grpc { get; private set; }

        public void Resolve()
        {
            Http = ToUri(HttpOptions);
            Grpc = ToUri(GrpcOptions);
        }

        private static Uri? ToUri(ListenOptions? listen) => listen?.IPEndPoint is { } ep
            ? new Uri($"http://{(ep.Address.Equals(IPAddress.Any) ? "127.0.0.1" : ep.Address.ToString())}:{ep.Port}")
            : null;
    }
}
