using Telltale.Web.Services;

namespace Telltale.Web.Tests.Services;

public sealed class TraceFiltersTests
{
    [Fact]
    public void Filters_become_the_trace_query_and_blank_ones_leave_the_url()
    {
        var filters = new TraceFilters { System = " support ", Status = "error", User = "", MinMs = 1500, MinCost = 0.01m, Page = 2 };
        var query = filters.ToQuery(new Telltale.Core.Querying.TimeRange(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1)));

        Assert.Equal("support", query.System);
        Assert.Equal("error", query.Status);
        Assert.Null(query.UserId);
        Assert.Equal(100, query.Offset);
        Assert.Equal(1500, query.MinDurationMs);

        var url = filters.ToUrl();
        Assert.Null(url["user"]);
        Assert.Equal("0.01", url["minCost"]);
        Assert.Equal("2", url["page"]);
    }

    [Fact]
    public void An_unknown_status_and_unparsable_numbers_are_ignored_not_fatal()
    {
        Assert.Null(new TraceFilters { Status = "weird" }.ToQuery(default).Status);
        Assert.Null(TraceFilters.ParseDouble("fast"));
        Assert.Null(TraceFilters.ParseDecimal("-1"));
    }
}
