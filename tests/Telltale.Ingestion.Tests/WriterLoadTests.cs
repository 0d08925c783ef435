using Microsoft.Extensions.Time.Testing;
using Telltale.Ingestion.Writing;

namespace Telltale.Ingestion.Tests;

/// <summary>The writer's busy share that background jobs read before they take CPU from ingest.</summary>
public class WriterLoadTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-03T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void An_idle_writer_is_not_busy()
    {
        Assert.Equal(0, new WriterLoad(_time).BusyFraction(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Commit_time_over_the_window_is_the_busy_share()
    {
        var load = new WriterLoad(_time);
        for (var second = 0; second < 5; second++)
        {
            load.RecordCommit(TimeSpan.FromMilliseconds(400));
            load.RecordCommit(TimeSpan.FromMilliseconds(400));
            _time.Advance(TimeSpan.FromSeconds(1));
        }
        // Five whole seconds each held 0.8 s of commits; the current second has just begun.
        Assert.Equal(0.8, load.BusyFraction(TimeSpan.FromSeconds(5)), 3);
        Assert.Equal(0.8, load.BusyFraction(TimeSpan.FromSeconds(2)), 3);

        // Half a second later with nothing committed, the share falls accordingly.
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(4.0 / 5.5, load.BusyFraction(TimeSpan.FromSeconds(5)), 3);
    }

    [Fact]
    public void Commits_older_than_the_window_no_longer_count()
    {
        var load = new WriterLoad(_time);
        load.RecordCommit(TimeSpan.FromMilliseconds(900));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0.9, load.BusyFraction(TimeSpan.FromSeconds(1)), 3);

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, load.BusyFraction(TimeSpan.FromSeconds(5)));

        // A bucket reused a minute later starts from zero, not from what the same slot held before.
        _time.Advance(TimeSpan.FromSeconds(WriterLoad.MaxWindowSeconds - 11));
        load.RecordCommit(TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0.1, load.BusyFraction(TimeSpan.FromSeconds(1)), 3);
    }
}
