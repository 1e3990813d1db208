using Truce.Domain.Deconfliction;

namespace Truce.Domain.Tests.Deconfliction;

public sealed class ProtectionBufferTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)(i * 7))];

    [Fact]
    public void The_same_site_gets_the_same_buffer_every_time_and_from_a_new_policy_with_the_same_key()
    {
        var first = new ProtectionBuffer(Key, 50, 400).For("P01");
        Assert.Equal(first, new ProtectionBuffer(Key, 50, 400).For("P01"));
        Assert.Equal(first, new ProtectionBuffer(Key, 50, 400).For("P01"));
    }

    [Fact]
    public void The_extra_radius_stays_within_its_bounds_and_the_shift_within_extra_minus_minimum()
    {
        var buffer = new ProtectionBuffer(Key, 50, 400);
        var extras = new List<double>();
        for (var i = 0; i < 10_000; i++)
        {
            var b = buffer.For($"site-{i}");
            Assert.InRange(b.ExtraMetres, 50, 400);
            Assert.InRange(Math.Sqrt((b.EastMetres * b.EastMetres) + (b.NorthMetres * b.NorthMetres)), 0, b.ExtraMetres - 50 + 1e-9);
            extras.Add(b.ExtraMetres);
        }

        // Spread over the whole range, not stuck at one value: mean near the middle, both ends reached.
        Assert.InRange(extras.Average(), 215, 235);
        Assert.InRange(extras.Min(), 50, 55);
        Assert.InRange(extras.Max(), 395, 400);
    }

    [Fact]
    public void Different_sites_and_different_keys_get_different_buffers()
    {
        var buffer = new ProtectionBuffer(Key, 50, 400);
        Assert.NotEqual(buffer.For("P01"), buffer.For("P02"));
        Assert.NotEqual(buffer.For("P01"), new ProtectionBuffer([.. Key.Reverse()], 50, 400).For("P01"));
    }

    [Fact]
    public void A_fixed_buffer_has_no_shift()
    {
        var b = new ProtectionBuffer(Key, 120, 120).For("P01");
        Assert.Equal(new SiteBuffer(120, 0, 0), b with { EastMetres = Math.Abs(b.EastMetres), NorthMetres = Math.Abs(b.NorthMetres) });
    }

    [Fact]
    public void Short_keys_and_reversed_bounds_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ProtectionBuffer(new byte[15], 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProtectionBuffer(Key, 10, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProtectionBuffer(Key, -1, 5));
    }
}
