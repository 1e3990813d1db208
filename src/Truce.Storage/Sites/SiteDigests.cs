using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Truce.Domain.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>
/// SHA-256 commitments (lower-case hex) to what the site store writes, for its audit entries: the
/// log names sites and principals but never holds a location, name, target or category in clear.
/// Each is SHA-256 of a compact UTF-8 JSON array with the fields in a fixed order (docs/audit.md).
/// Thread-safe.
/// </summary>
public static class SiteDigests
{
    /// <summary>
    /// One site revision: <c>[id, revision, owner, category, name, geometry WKB as hex, radius, valid from ms,
    /// valid to ms, precision kind, uncertainty, basis, contact, [[file, row, key, url, quote, flag]...],
    /// [recipients], notified-at ms, withdrawn, reason]</c>.
    /// </summary>
    public static string Site(StoredSite stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Site;
        return Digest(w =>
        {
            w.WriteStringValue(s.Id);
            w.WriteNumberValue(stored.Revision);
            w.WriteStringValue(s.Owner);
            w.WriteStringValue(SiteNames.Name(s.Category));
            w.WriteStringValue(s.Name);
            if (s.Geometry is { } g)
            {
                using var wkb = new MemoryStream();
                Wkb.Write(wkb, g);
                w.WriteStringValue(Convert.ToHexStringLower(wkb.ToArray()));
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteNumberValue(s.RadiusMetres);
            Ms(w, s.ValidFrom);
            Ms(w, s.ValidTo);
            w.WriteStringValue(SiteNames.Name(s.Precision.Kind));
            w.WriteNumberValue(s.Precision.UncertaintyMetres);
            w.WriteStringValue(s.Precision.Basis);
            w.WriteStringValue(s.Contact.Value);
            w.WriteStartArray();
            foreach (var r in s.Sources)
            {
                Strings(w, r.File, r.Row, r.Key, r.Url, r.Quote, r.Flag);
            }

            w.WriteEndArray();
            Strings(w, [.. stored.Recipients]);
            Ms(w, stored.NotifiedAt);
            w.WriteBooleanValue(stored.Withdrawn);
            w.WriteStringValue(stored.Reason);
        });
    }

    /// <summary>One alert: <c>[principal, party, at ms, pattern, detail, [site ids], checks, throttled-until ms]</c>.</summary>
    public static string Alert(ProbeAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Digest(w =>
        {
            w.WriteStringValue(alert.Principal);
            w.WriteStringValue(alert.Party);
            Ms(w, alert.At);
            w.WriteStringValue(alert.Pattern);
            w.WriteStringValue(alert.Detail);
            Strings(w, [.. alert.SiteIds]);
            w.WriteNumberValue(alert.Checks);
            Ms(w, alert.ThrottledUntil);
        });
    }

    /// <summary>
    /// Attack reports stored by one call, in the order stored: <c>[[site id, date, time, impact, casualties,
    /// attributed to, note, date qualifiers, file, row, key, url, quote, flag]...]</c>.
    /// </summary>
    public static string Attacks(IEnumerable<SiteAttackReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Digest(w =>
        {
            foreach (var r in reports)
            {
                Strings(w, r.SiteId, r.Date?.Text, r.TimeLocal, r.Impact, r.Casualties, r.AttributedTo, r.Note, r.DateQualifiers,
                    r.Source.File, r.Source.Row, r.Source.Key, r.Source.Url, r.Source.Quote, r.Source.Flag);
            }
        });
    }

    private static void Strings(Utf8JsonWriter w, params string?[] values)
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Ms(Utf8JsonWriter w, DateTimeOffset? t)
    {
        if (t is { } v)
        {
            w.WriteNumberValue(v.ToUnixTimeMilliseconds());
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static string Digest(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            fields(w);
            w.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

}
