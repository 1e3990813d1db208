using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Storage.Import;

namespace Truce.Storage.Sqlite.Events;

/// <summary>Turns a row of <see cref="EventColumns.SelectList"/> back into an <see cref="EventRevision"/>.</summary>
internal sealed class EventRowReader(Func<long, string[]> headerNames)
{
    public EventRevision Read(SqliteDataReader r)
    {
        // Ordinals: 0 rev_id, 1..8 bookkeeping, 9.. fields, then header_id, fields blob.
        const int F = 9;
        string? T(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        int? I(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        var headerOrdinal = F + EventColumns.Fields.Length;
        var original = r.IsDBNull(headerOrdinal)
            ? SourceFields.Empty
            : new SourceFields(headerNames(r.GetInt64(headerOrdinal)), SourceFieldsCodec.Decode((byte[])r[headerOrdinal + 1]));
        var e = new ConflictEvent
        {
            Dataset = (EventDataset)r.GetInt32(1),
            SourceId = r.GetString(2),
            DateStart = DateOnly.FromDayNumber(r.GetInt32(F)),
            DateEnd = DateOnly.FromDayNumber(r.GetInt32(F + 1)),
            DatePrecision = r.GetInt32(F + 2),
            GeoPrecision = r.GetInt32(F + 3),
            Latitude = D(F + 4),
            Longitude = D(F + 5),
            Best = r.GetInt32(F + 6),
            Low = r.GetInt32(F + 7),
            High = r.GetInt32(F + 8),
            ViolenceType = I(F + 12),
            EventType = T(F + 13),
            SubEventType = T(F + 14),
            DisorderType = T(F + 15),
            Actor1 = T(F + 16),
            AssocActor1 = T(F + 17),
            Actor2 = T(F + 18),
            AssocActor2 = T(F + 19),
            Inter1 = T(F + 20),
            Inter2 = T(F + 21),
            Interaction = T(F + 22),
            CivilianTargeting = T(F + 23),
            Dyad = T(F + 24),
            ConflictName = T(F + 25),
            Country = T(F + 26),
            Iso = T(F + 27),
            Region = T(F + 28),
            Admin1Name = T(F + 29),
            Admin2Name = T(F + 30),
            Admin3Name = T(F + 31),
            Location = T(F + 32),
            DeathsA = I(F + 33),
            DeathsB = I(F + 34),
            DeathsCivilians = I(F + 35),
            DeathsUnknown = I(F + 36),
            NumberOfSources = I(F + 37),
            Timestamp = r.IsDBNull(F + 38) ? null : r.GetInt64(F + 38),
            ClaimedTarget = T(F + 39),
            Sources = T(F + 40),
            SourceScale = T(F + 41),
            Notes = T(F + 42),
            Original = original,
        };
        var superseded = r.IsDBNull(5) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5));
        return new EventRevision(e, r.GetInt32(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)), superseded,
            new AdminCodes(T(F + 9), T(F + 10), T(F + 11)));
    }
}
