using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Truce.Domain.Deconfliction;

/// <summary>
/// The probing defence: a persistent, secret, per-site enlargement and shift of each protected
/// area, derived from a monitor-held key and the site's id.
/// </summary>
/// <remarks>
/// <para>
/// Threat: a party submits many checks around a suspected site and reads the clear/conflict
/// boundary to locate it. Per-query random noise fails against this, because answers averaged over
/// repeated queries converge on the true boundary. Here the noise is drawn once per site:
/// HMAC-SHA256(key, UTF-8 site id) gives three 64-bit uniforms u1, u2, u3, and
/// </para>
/// <list type="bullet">
/// <item>extra radius b = min + u1 · (max − min);</item>
/// <item>shift of the centre s = u2 · (b − min), on bearing θ = 2π · u3.</item>
/// </list>
/// <para>
/// Every query about the site sees the same b and shift for the site's life, so repeating or
/// averaging queries learns nothing beyond the checked area's boundary; and that boundary reveals
/// neither the real radius (it is off by b, unknown within [min, max]) nor the real centre
/// (anywhere within b − min of the checked centre). The real area always lies inside the checked
/// one with a margin of at least min. Changing the key re-draws every buffer; keep it with the
/// monitor's other secrets and rotate it only when the sites are re-notified.
/// </para>
/// <para>Thread-safe; <see cref="For"/> costs one HMAC (about a microsecond).</para>
/// </remarks>
public sealed class ProtectionBuffer
{
    private readonly byte[] _key;

    /// <summary>A policy.</summary>
    /// <param name="key">The secret key, at least 16 bytes; copied.</param>
    /// <param name="minMetres">The smallest extra radius, in metres (≥ 0).</param>
    /// <param name="maxMetres">The largest extra radius, in metres (≥ <paramref name="minMetres"/>).</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative, not finite or out of order.</exception>
    public ProtectionBuffer(ReadOnlySpan<byte> key, double minMetres, double maxMetres)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("The buffer key must be at least 16 bytes.", nameof(key));
        }

        if (!double.IsFinite(minMetres) || minMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minMetres), minMetres, "must be finite and not negative");
        }

        if (!double.IsFinite(maxMetres) || maxMetres < minMetres)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMetres), maxMetres, "must be finite and at least the minimum");
        }

        _key = key.ToArray();
        MinMetres = minMetres;
        MaxMetres = maxMetres;
    }

    /// <summary>The smallest extra radius, in metres.</summary>
    public double MinMetres { get; }

    /// <summary>The largest extra radius, in metres; also bounds the shift.</summary>
    public double MaxMetres { get; }

    /// <summary>The buffer of the site with this id: the same for the same key and id, every time.</summary>
    public SiteBuffer For(string siteId)
    {
        ArgumentException.ThrowIfNullOrEmpty(siteId);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(siteId), mac);
        var extra = MinMetres + (Uniform(mac[..8]) * (MaxMetres - MinMetres));
        var shift = Uniform(mac[8..16]) * (extra - MinMetres);
        var bearing = 2 * Math.PI * Uniform(mac[16..24]);
        return new SiteBuffer(extra, shift * Math.Sin(bearing), shift * Math.Cos(bearing));
    }

    // The top 53 bits, as a double in [0, 1).
    private static double Uniform(ReadOnlySpan<byte> bytes) => (BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 11) * (1.0 / (1UL << 53));
}
