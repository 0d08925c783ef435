using Telltale.Core.Alerting;
using Telltale.Core.Querying;

namespace Telltale.Core.Tests.Alerting;

public class SegmentAttributionTests
{
    private static MetricValues Cost(decimal usd, long calls = 100) => new() { CostUsd = usd, Count = calls };

    [Fact]
    public void A_cost_rise_is_attributed_to_the_model_whose_cost_rose()
    {
        SegmentFigures[] segments =
        [
            new("model", "gpt-4o", Cost(75), Cost(50)),
            new("model", "gpt-4o-mini", Cost(50), Cost(50)),
            new("feature", "chat", Cost(62.5m), Cost(50)),
            new("feature", "search", Cost(62.5m), Cost(50)),
        ];

        var found = SegmentAttribution.Find("costUsd", Direction.Up, normal: 100, segments);

        Assert.Equal(new Concentration("model", "gpt-4o", 1.0), found);
    }

    [Fact]
    public void An_error_rate_rise_is_attributed_to_the_provider_carrying_the_errors()
    {
        SegmentFigures[] segments =
        [
            new("provider", "openai", new MetricValues { Count = 100, Errors = 30, ErrorRate = 0.3 }, null),
            new("provider", "anthropic", new MetricValues { Count = 100, Errors = 1, ErrorRate = 0.01 }, null),
        ];

        var found = SegmentAttribution.Find("errorRate", Direction.Up, normal: 0.02, segments);

        Assert.Equal("provider", found!.Dimension);
        Assert.Equal("openai", found.Value);
        Assert.True(found.Share > 0.95);
    }

    [Fact]
    public void A_rise_spread_evenly_has_no_concentration()
    {
        SegmentFigures[] segments =
        [
            new("model", "a", Cost(60), Cost(50)), new("model", "b", Cost(60), Cost(50)), new("model", "c", Cost(60), Cost(50)),
        ];

        Assert.Null(SegmentAttribution.Find("costUsd", Direction.Up, normal: 150, segments));
    }
}
