using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Storage.Import;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// Writes staged revisions into <c>events</c> by binary COPY. A row holds what queries filter and
/// sum on; the full record is re-read from the archived source file (as in the SQLite store).
/// </summary>
internal static class EventCopy
{
    private const short Fields = 29;

    public const string Sql = """
        COPY events (dataset, source_id, revision, recorded_at, import_id, line, src_offset, src_length, content_hash,
          date_start, date_end, date_prec, geo_prec, geom, best, low, high, adm1, adm2, adm3,
          violence_type, event_type_id, sub_event_type_id, actor1_id, actor2_id, assoc1_id, assoc2_id, dyad_id, source_admin1_id)
        FROM STDIN (FORMAT BINARY)
        """;

    public static void Write(BinaryCopyWriter w, in StagedEvent staged, AdminCodes admin, DateTimeOffset recordedAt, long importId, LabelIds labels)
    {
        var e = staged.Event;
        w.StartRow(Fields);
        w.Int16((short)e.Dataset);
        w.Text(e.SourceId);
        w.Int32(staged.Revision);
        w.TimestampTz(recordedAt);
        w.Int64(importId);
        w.Int64(staged.Line);
        w.Int64(staged.Offset);
        w.Int32(staged.Length);
        w.Uuid(staged.Hash);
        w.Date(e.DateStart);
        w.Date(e.DateEnd);
        w.Int16((short)e.DatePrecision);
        w.Int16((short)e.GeoPrecision);
        if (e.HasPoint)
        {
            w.Point(e.Longitude!.Value, e.Latitude!.Value, Wgs84.Srid);
        }
        else
        {
            w.Null();
        }

        w.Int32(e.Best);
        w.Int32(e.Low);
        w.Int32(e.High);
        w.Text(admin.Admin1);
        w.Text(admin.Admin2);
        w.Text(admin.Admin3);
        w.Int16(e.ViolenceType);
        w.Int64(labels.Id(e.EventType));
        w.Int64(labels.Id(e.SubEventType));
        w.Int64(labels.Id(e.Actor1));
        w.Int64(labels.Id(e.Actor2));
        w.Int64(labels.Id(e.AssocActor1));
        w.Int64(labels.Id(e.AssocActor2));
        w.Int64(labels.Id(e.Dyad));
        w.Int64(labels.Id(e.Admin1Name));
    }

    /// <summary>A 128-bit content hash as the <c>uuid</c> it is stored as (big-endian bytes, as <see cref="BinaryCopyWriter.Uuid"/> writes it).</summary>
    public static Guid HashGuid(UInt128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, hash);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The 128-bit content hash a stored <c>uuid</c> holds.</summary>
    public static UInt128 Hash(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        _ = guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
