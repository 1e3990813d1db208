using Truce.Domain.Deconfliction;

namespace Truce.Domain.Tests.Deconfliction;

public sealed class ProtectionBufferTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)(i * 7))];

    [Fact]
    public void The_same_site_gets_the_same_buffer_every_time_and_from_a_new_policy_with_the_same_key()
    {
        var first = new ProtectionBuffer(Key).For("P01");
        Assert.Equal(first, new ProtectionBuffer(Key).For("P01"));
        Assert.Equal(first, new ProtectionBuffer(Key, 250, 500, 50, 250).For("P01"));
    }

    [Fact]
    public void The_shift_lies_between_the_declared_buffer_and_its_maximum_and_the_margin_between_its_bounds()
    {
        var buffer = new ProtectionBuffer(Key, 250, 500, 50, 250);
        var shifts = new List<double>();
        var margins = new List<double>();
        var east = 0;
        var north = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var b = buffer.For($"site-{i}");
            Assert.InRange(b.ShiftMetres, 250 - 1e-9, 500 + 1e-9);
            Assert.InRange(b.ExtraMetres - b.ShiftMetres, 50 - 1e-9, 250 + 1e-9);
            shifts.Add(b.ShiftMetres);
            margins.Add(b.ExtraMetres - b.ShiftMetres);
            east += b.EastMetres > 0 ? 1 : 0;
            north += b.NorthMetres > 0 ? 1 : 0;
        }

        // Spread over the whole ranges, not stuck at one value: means near the middle, both ends reached, every direction used.
        Assert.InRange(shifts.Average(), 370, 380);
        Assert.InRange(shifts.Min(), 250, 253);
        Assert.InRange(shifts.Max(), 497, 500);
        Assert.InRange(margins.Average(), 145, 155);
        Assert.InRange(east, 4_800, 5_200);
        Assert.InRange(north, 4_800, 5_200);
    }

    [Fact]
    public void The_shift_and_the_margin_are_drawn_independently_so_the_extra_radius_does_not_give_the_shift_away()
    {
        var buffer = new ProtectionBuffer(Key);
        var draws = Enumerable.Range(0, 10_000).Select(i => buffer.For($"site-{i}")).ToArray();
        var shift = draws.Select(b => b.ShiftMetres).ToArray();
        var margin = draws.Select(b => b.ExtraMetres - b.ShiftMetres).ToArray();
        Assert.InRange(Correlation(shift, margin), -0.05, 0.05);

        // Among sites whose extra radius is near its median, the shift still spans most of its range.
        var median = draws.Select(b => b.ExtraMetres).Order().ElementAt(5_000);
        var similar = draws.Where(b => Math.Abs(b.ExtraMetres - median) < 10).Select(b => b.ShiftMetres).ToArray();
        Assert.True(similar.Max() - similar.Min() > 150, $"shifts {similar.Min():F0}–{similar.Max():F0} m at extra ≈ {median:F0} m");
    }

    [Fact]
    public void Different_sites_and_different_keys_get_different_buffers()
    {
        var buffer = new ProtectionBuffer(Key);
        Assert.NotEqual(buffer.For("P01"), buffer.For("P02"));
        Assert.NotEqual(buffer.For("P01"), new ProtectionBuffer([.. Key.Reverse()]).For("P01"));
    }

    [Fact]
    public void A_zero_policy_neither_shifts_nor_grows_and_a_fixed_one_shifts_by_exactly_the_declared_buffer()
    {
        Assert.Equal(SiteBuffer.None, new ProtectionBuffer(Key, 0, 0, 0, 0).For("P01") with { EastMetres = 0, NorthMetres = 0 });
        Assert.Equal(0, new ProtectionBuffer(Key, 0, 0, 0, 0).For("P01").ShiftMetres);
        var b = new ProtectionBuffer(Key, 300, 300, 40, 40).For("P01");
        Assert.Equal(300, b.ShiftMetres, 6);
        Assert.Equal(340, b.ExtraMetres, 6);
    }

    [Fact]
    public void Short_keys_and_reversed_or_negative_bounds_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ProtectionBuffer(new byte[15]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProtectionBuffer(Key, 250, 200, 50, 250));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProtectionBuffer(Key, -1, 5, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProtectionBuffer(Key, 0, 0, 60, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProtectionBuffer(Key, 0, double.PositiveInfinity, 0, 0));
    }

    private static double Correlation(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
