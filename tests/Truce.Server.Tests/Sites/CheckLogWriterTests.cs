using NetTopologySuite.Geometries;
using Truce.Server.Sites;
using Truce.Storage.Engines;
using Truce.Storage.Sites;
using Truce.Testing;

namespace Truce.Server.Tests.Sites;

/// <summary>The server's check-log writer: its group commit, and how long it gathers a group.</summary>
public sealed class CheckLogWriterTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("log.sqlite");

    [Fact]
    public async Task Checks_queued_within_the_gather_window_are_written_as_one_group()
    {
        await using var log = new CheckLog(() => Databases.Open(Db), gather: TimeSpan.FromMilliseconds(400));
        var first = log.Record(Check(0));
        await Task.Delay(100, TestContext.Current.CancellationToken); // a writer that did not gather would have written it alone by now
        var written = Enumerable.Range(1, 39).Select(i => log.Record(Check(i))).Append(first).ToArray();
        await Task.WhenAll(written);

        Assert.Equal(1, log.Groups);
        using var store = Databases.Open(Db);
        Assert.Equal(40, store.Checks().Count);
    }

    [Fact]
    public async Task Without_a_gather_window_checks_awaited_one_by_one_are_written_one_group_each()
    {
        await using var log = new CheckLog(() => Databases.Open(Db), gather: TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await log.Record(Check(i));
        }

        Assert.Equal(3, log.Groups);
    }

    [Fact]
    public void The_default_gather_is_well_inside_a_single_check_deadline() =>
        Assert.True(CheckLog.DefaultGather > TimeSpan.Zero && CheckLog.DefaultGather * 4 <= CheckTiming.Default.Deadline(1, TimeSpan.Zero));

    [Fact]
    public void A_negative_gather_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckLog(() => Databases.Open(Db), gather: TimeSpan.FromMilliseconds(-1)));

    public void Dispose() => _folder.Dispose();

    private static CheckRecord Check(int i) =>
        new($"user:u{i}", "alpha", T0.AddSeconds(i), [new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(37 + (i * 0.001), 36))], 100, T0, T0.AddHours(6), CheckOutcome.Answered, []);
}
