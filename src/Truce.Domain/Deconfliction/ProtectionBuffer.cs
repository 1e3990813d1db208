using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Truce.Domain.Deconfliction;

/// <summary>
/// The probing defence: a persistent, secret, per-site shift and enlargement of each protected
/// area, derived from a monitor-held key and the site's id, so that the boundary a prober can map
/// is centred at least <see cref="DeclaredMetres"/> from the real site.
/// </summary>
/// <remarks>
/// <para>
/// Threat: a party submits many checks around a suspected site and reads the clear/conflict
/// boundary to locate it. Per-query random noise fails against this, because answers averaged over
/// repeated queries converge on the true boundary. Here the noise is drawn once per site:
/// HMAC-SHA256(key, UTF-8 site id) gives three 53-bit uniforms u1, u2, u3, and
/// </para>
/// <list type="bullet">
/// <item>shift of the checked centre s = D + u1 · (Smax − D), on bearing θ = 2π · u2, where D is
/// the declared buffer (<see cref="DeclaredMetres"/>) and Smax <see cref="MaxShiftMetres"/>;</item>
/// <item>margin m = Mmin + u3 · (Mmax − Mmin);</item>
/// <item>extra radius b = s + m, so the real protected disc lies inside the checked one with at
/// least Mmin to spare in every direction, and the checked radius does not give s away.</item>
/// </list>
/// <para>
/// Every query about the site sees the same draw for the site's life, so repeating or averaging
/// queries learns nothing beyond the checked area's boundary. That boundary is centred s ≥ D from
/// the real site, on a bearing uniform and independent of everything a prober can observe: the
/// real site lies somewhere on a circle of radius s about the checked centre, and since the
/// expected distance from a point x to a point uniform on that circle is smallest (= s) at its
/// centre, no estimate built from answers, however many, has an expected error below D.
/// Changing the key re-draws every buffer; keep it with the monitor's other secrets and rotate it
/// only when the sites are re-notified.
/// </para>
/// <para>Thread-safe; <see cref="For"/> costs one HMAC (about a microsecond).</para>
/// </remarks>
public sealed class ProtectionBuffer
{
    /// <summary>The default declared buffer D: 250 m.</summary>
    public const double DefaultDeclaredMetres = 250;

    /// <summary>The default largest shift Smax: 500 m.</summary>
    public const double DefaultMaxShiftMetres = 500;

    /// <summary>The default smallest margin Mmin: 50 m.</summary>
    public const double DefaultMinMarginMetres = 50;

    /// <summary>The default largest margin Mmax: 250 m.</summary>
    public const double DefaultMaxMarginMetres = 250;

    private readonly byte[] _key;

    /// <summary>A policy with the default bounds (D = 250 m, Smax = 500 m, margin 50–250 m).</summary>
    /// <param name="key">The secret key, at least 16 bytes; copied.</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    public ProtectionBuffer(ReadOnlySpan<byte> key)
        : this(key, DefaultDeclaredMetres, DefaultMaxShiftMetres, DefaultMinMarginMetres, DefaultMaxMarginMetres)
    {
    }

    /// <summary>A policy.</summary>
    /// <param name="key">The secret key, at least 16 bytes; copied.</param>
    /// <param name="declaredMetres">The declared buffer D, in metres (≥ 0): the smallest shift of a checked centre from its site.</param>
    /// <param name="maxShiftMetres">The largest shift Smax, in metres (≥ <paramref name="declaredMetres"/>).</param>
    /// <param name="minMarginMetres">The smallest margin Mmin of the checked area beyond the real one, in metres (≥ 0).</param>
    /// <param name="maxMarginMetres">The largest margin Mmax, in metres (≥ <paramref name="minMarginMetres"/>).</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, not finite or out of order.</exception>
    public ProtectionBuffer(ReadOnlySpan<byte> key, double declaredMetres, double maxShiftMetres, double minMarginMetres, double maxMarginMetres)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("The buffer key must be at least 16 bytes.", nameof(key));
        }

        Require(declaredMetres, 0, nameof(declaredMetres));
        Require(maxShiftMetres, declaredMetres, nameof(maxShiftMetres));
        Require(minMarginMetres, 0, nameof(minMarginMetres));
        Require(maxMarginMetres, minMarginMetres, nameof(maxMarginMetres));
        _key = key.ToArray();
        DeclaredMetres = declaredMetres;
        MaxShiftMetres = maxShiftMetres;
        MinMarginMetres = minMarginMetres;
        MaxMarginMetres = maxMarginMetres;
    }

    /// <summary>The declared buffer D, in metres: every checked centre is at least this far from its real site.</summary>
    public double DeclaredMetres { get; }

    /// <summary>The largest shift Smax of a checked centre, in metres.</summary>
    public double MaxShiftMetres { get; }

    /// <summary>The smallest margin of the checked area beyond the real one, in metres.</summary>
    public double MinMarginMetres { get; }

    /// <summary>The largest margin of the checked area beyond the real one, in metres.</summary>
    public double MaxMarginMetres { get; }

    /// <summary>The buffer of the site with this id: the same for the same key and id, every time.</summary>
    /// <exception cref="ArgumentException">The id is null or empty.</exception>
    public SiteBuffer For(string siteId)
    {
        ArgumentException.ThrowIfNullOrEmpty(siteId);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(siteId), mac);
        var shift = DeclaredMetres + (Uniform(mac[..8]) * (MaxShiftMetres - DeclaredMetres));
        var bearing = 2 * Math.PI * Uniform(mac[8..16]);
        var margin = MinMarginMetres + (Uniform(mac[16..24]) * (MaxMarginMetres - MinMarginMetres));
        return new SiteBuffer(shift + margin, shift * Math.Sin(bearing), shift * Math.Cos(bearing));
    }

    private static void Require(double value, double least, string name)
    {
        if (!double.IsFinite(value) || value < least)
        {
            throw new ArgumentOutOfRangeException(name, value, $"must be finite and at least {least}");
        }
    }

    // The top 53 bits, as a double in [0, 1).
    private static double Uniform(ReadOnlySpan<byte> bytes) => (BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 11) * (1.0 / (1UL << 53));
}
