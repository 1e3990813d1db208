using System.Buffers.Binary;
using Truce.Domain.Events;
using Truce.Storage.Import;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite.Events;

/// <summary>Binds one staged revision to the insert statement of <see cref="EventColumns.InsertSql"/>.</summary>
internal static class EventBinder
{
    public static void Bind(RawStatement s, in StagedEvent staged, AdminCodes admin, long recordedAt, long importId, LabelCache labels)
    {
        var e = staged.Event;
        Span<byte> hash = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(hash, staged.Hash);
        s.Int(1, (int)e.Dataset);
        s.Text(2, e.SourceId);
        s.Int(3, staged.Revision);
        s.Int(4, recordedAt);
        s.Int(5, importId);
        s.Int(6, staged.Line);
        s.Int(7, staged.Offset);
        s.Int(8, staged.Length);
        s.Blob(9, hash);
        s.Int(10, e.DateStart.DayNumber);
        s.Int(11, e.DateEnd.DayNumber);
        s.Int(12, e.DatePrecision);
        s.Int(13, e.GeoPrecision);
        s.Real(14, e.Latitude);
        s.Real(15, e.Longitude);
        s.Int(16, e.Best);
        s.Int(17, e.Low);
        s.Int(18, e.High);
        s.Text(19, admin.Admin1);
        s.Text(20, admin.Admin2);
        s.Text(21, admin.Admin3);
        s.Int(22, e.ViolenceType);
        s.Int(23, labels.Id(e.EventType));
        s.Int(24, labels.Id(e.SubEventType));
        s.Int(25, labels.Id(e.Actor1));
        s.Int(26, labels.Id(e.Actor2));
        s.Int(27, labels.Id(e.AssocActor1));
        s.Int(28, labels.Id(e.AssocActor2));
        s.Int(29, labels.Id(e.Dyad));
        s.Int(30, labels.Id(e.Admin1Name));
    }
}
