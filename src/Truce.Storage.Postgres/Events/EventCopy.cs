using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
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
    public const string Sql = """
        COPY events (dataset, source_id, revision, recorded_at, import_id, line, src_offset, src_length, content_hash,
          date_start, date_end, date_prec, geo_prec, geom, best, low, high, adm1, adm2, adm3,
          violence_type, event_type_id, sub_event_type_id, actor1_id, actor2_id, assoc1_id, assoc2_id, dyad_id, source_admin1_id)
        FROM STDIN (FORMAT BINARY)
        """;

    public static void Write(NpgsqlBinaryImporter w, in StagedEvent staged, AdminCodes admin, DateTimeOffset recordedAt, long importId, LabelIds labels)
    {
        var e = staged.Event;
        w.StartRow();
        w.Write((short)e.Dataset, NpgsqlDbType.Smallint);
        w.Write(e.SourceId, NpgsqlDbType.Text);
        w.Write(staged.Revision, NpgsqlDbType.Integer);
        w.Write(recordedAt, NpgsqlDbType.TimestampTz);
        w.Write(importId, NpgsqlDbType.Bigint);
        w.Write(staged.Line, NpgsqlDbType.Bigint);
        w.Write(staged.Offset, NpgsqlDbType.Bigint);
        w.Write(staged.Length, NpgsqlDbType.Integer);
        w.Write(HashGuid(staged.Hash), NpgsqlDbType.Uuid);
        w.Write(e.DateStart, NpgsqlDbType.Date);
        w.Write(e.DateEnd, NpgsqlDbType.Date);
        w.Write((short)e.DatePrecision, NpgsqlDbType.Smallint);
        w.Write((short)e.GeoPrecision, NpgsqlDbType.Smallint);
        if (e.HasPoint)
        {
            w.Write(new Point(e.Longitude!.Value, e.Latitude!.Value) { SRID = Wgs84.Srid }, NpgsqlDbType.Geometry);
        }
        else
        {
            w.WriteNull();
        }

        w.Write(e.Best, NpgsqlDbType.Integer);
        w.Write(e.Low, NpgsqlDbType.Integer);
        w.Write(e.High, NpgsqlDbType.Integer);
        Text(w, admin.Admin1);
        Text(w, admin.Admin2);
        Text(w, admin.Admin3);
        if (e.ViolenceType is { } violence)
        {
            w.Write((short)violence, NpgsqlDbType.Smallint);
        }
        else
        {
            w.WriteNull();
        }

        Id(w, labels.Id(e.EventType));
        Id(w, labels.Id(e.SubEventType));
        Id(w, labels.Id(e.Actor1));
        Id(w, labels.Id(e.Actor2));
        Id(w, labels.Id(e.AssocActor1));
        Id(w, labels.Id(e.AssocActor2));
        Id(w, labels.Id(e.Dyad));
        Id(w, labels.Id(e.Admin1Name));
    }

    /// <summary>A 128-bit content hash as the <c>uuid</c> it is stored as (big-endian bytes).</summary>
    public static Guid HashGuid(UInt128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, hash);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The 128-bit content hash a stored <c>uuid</c> holds.</summary>
    public static UInt128 Hash(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        _ = guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Id(NpgsqlBinaryImporter w, long? id)
    {
        if (id is { } value)
        {
            w.Write(value, NpgsqlDbType.Bigint);
        }
        else
        {
            w.WriteNull();
        }
    }
}
