using Truce.Domain.Events;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite.Events;

/// <summary>Binds one revision to the insert statement of <see cref="EventColumns.InsertSql"/>.</summary>
internal static class EventBinder
{
    public static void Bind(RawStatement s, ConflictEvent e, int revision, long recordedAt, long importId, long line, UInt128 hash, AdminCodes admin)
    {
        Span<byte> hashBytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(hashBytes, hash);
        s.Int(1, (int)e.Dataset);
        s.Text(2, e.SourceId);
        s.Int(3, revision);
        s.Int(4, recordedAt);
        s.Int(5, null);
        s.Int(6, importId);
        s.Int(7, line);
        s.Blob(8, hashBytes);
        s.Int(9, e.DateStart.DayNumber);
        s.Int(10, e.DateEnd.DayNumber);
        s.Int(11, e.DatePrecision);
        s.Int(12, e.GeoPrecision);
        s.Real(13, e.Latitude);
        s.Real(14, e.Longitude);
        s.Int(15, e.Best);
        s.Int(16, e.Low);
        s.Int(17, e.High);
        s.Text(18, admin.Admin1);
        s.Text(19, admin.Admin2);
        s.Text(20, admin.Admin3);
        s.Int(21, e.ViolenceType);
        s.Text(22, e.EventType);
        s.Text(23, e.SubEventType);
        s.Text(24, e.DisorderType);
        s.Text(25, e.Actor1);
        s.Text(26, e.AssocActor1);
        s.Text(27, e.Actor2);
        s.Text(28, e.AssocActor2);
        s.Text(29, e.Inter1);
        s.Text(30, e.Inter2);
        s.Text(31, e.Interaction);
        s.Text(32, e.CivilianTargeting);
        s.Text(33, e.Dyad);
        s.Text(34, e.ConflictName);
        s.Text(35, e.Country);
        s.Text(36, e.Iso);
        s.Text(37, e.Region);
        s.Text(38, e.Admin1Name);
        s.Text(39, e.Admin2Name);
        s.Text(40, e.Admin3Name);
        s.Text(41, e.Location);
        s.Int(42, e.DeathsA);
        s.Int(43, e.DeathsB);
        s.Int(44, e.DeathsCivilians);
        s.Int(45, e.DeathsUnknown);
        s.Int(46, e.NumberOfSources);
        s.Int(47, e.Timestamp);
        s.Text(48, e.ClaimedTarget);
        s.Text(49, e.Sources);
        s.Text(50, e.SourceScale);
        s.Text(51, e.Notes);
    }
}
