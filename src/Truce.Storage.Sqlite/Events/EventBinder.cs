using System.Buffers.Binary;
using Truce.Domain.Events;
using Truce.Storage.Import;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite.Events;

/// <summary>Binds one staged revision to the insert statement of <see cref="EventColumns.InsertSql"/>.</summary>
internal static class EventBinder
{
    public static void Bind(RawStatement s, int row, in StagedEvent staged, AdminCodes admin, long recordedAt, long importId, LabelCache labels)
    {
        var e = staged.Event;
        var o = row * EventColumns.Insert.Length;
        Span<byte> hash = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(hash, staged.Hash);
        s.Int(o + 1, (int)e.Dataset);
        s.Text(o + 2, e.SourceId);
        s.Int(o + 3, staged.Revision);
        s.Int(o + 4, recordedAt);
        s.Int(o + 5, importId);
        s.Int(o + 6, staged.Line);
        s.Int(o + 7, staged.Offset);
        s.Int(o + 8, staged.Length);
        s.Blob(o + 9, hash);
        s.Int(o + 10, e.DateStart.DayNumber);
        s.Int(o + 11, e.DateEnd.DayNumber);
        s.Int(o + 12, e.DatePrecision);
        s.Int(o + 13, e.GeoPrecision);
        s.Real(o + 14, e.Latitude);
        s.Real(o + 15, e.Longitude);
        s.Int(o + 16, e.Best);
        s.Int(o + 17, e.Low);
        s.Int(o + 18, e.High);
        s.Text(o + 19, admin.Admin1);
        s.Text(o + 20, admin.Admin2);
        s.Text(o + 21, admin.Admin3);
        s.Int(o + 22, e.ViolenceType);
        s.Int(o + 23, labels.Id(e.EventType));
        s.Int(o + 24, labels.Id(e.SubEventType));
        s.Int(o + 25, labels.Id(e.Actor1));
        s.Int(o + 26, labels.Id(e.Actor2));
        s.Int(o + 27, labels.Id(e.AssocActor1));
        s.Int(o + 28, labels.Id(e.AssocActor2));
        s.Int(o + 29, labels.Id(e.Dyad));
        s.Int(o + 30, labels.Id(e.Admin1Name));
    }
}
