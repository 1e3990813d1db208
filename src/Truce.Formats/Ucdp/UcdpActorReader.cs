using Truce.Domain.Actors;
using Truce.Domain.Errors;
using Truce.Formats.Csv;

namespace Truce.Formats.Ucdp;

/// <summary>
/// Reads the UCDP Actor Dataset CSV (version 22.1 and later; UTF-8 with a BOM), streaming and
/// strict. Each actor gets id <c>ucdp:ActorId</c>, its <c>NameData</c> as name, and as aliases
/// every other name the list gives (original, full, English, and the new names of a renamed
/// actor, which UCDP lists comma-separated). Relations: <c>Splinter</c> → splinter of each
/// <c>ActorIdPrev</c>; <c>Alliance</c> → member of each <c>ActorIdAlliance</c>; <c>JoinGroup</c> →
/// member of each <c>ActorIdGroup</c>. UCDP dates none of these; renaming dates come from
/// designation sources, not from this list.
/// </summary>
public sealed class UcdpActorReader(Stream stream, string fileName) : IDisposable
{
    private static readonly string[] Required = ["ActorId", "NameData"];
    private static readonly string[] NameColumns = ["NameOrig", "NameOrigFull", "NameOrigFullEng"];
    private static readonly string[] NewNameColumns = ["NewName", "NewNameFullMotherTongue", "NewNameFullEng"];

    private readonly CsvReader _csv = new(stream, fileName);

    /// <summary>Reads the actors one at a time. Enumerate once.</summary>
    /// <exception cref="DataFormatException">A missing column, a bad id, an empty name.</exception>
    public IEnumerable<UcdpActorRecord> ReadActors()
    {
        var names = _csv.ReadHeader(Required, "the UCDP actor list");
        var header = new CsvHeader(names);
        var pool = new Utf8StringPool();
        var record = new CsvRecord(_csv, names, keepOriginal: false, pool);
        while (_csv.Read())
        {
            if (_csv.FieldCount != names.Length)
            {
                throw _csv.RecordError($"{_csv.FieldCount} fields where the header has {names.Length}");
            }

            var id = record.RequiredInt(header["ActorId"], 1, int.MaxValue);
            var name = record.RequiredText(header["NameData"]).Trim();
            var aliases = NameColumns.Select(c => record.Text(header[c]))
                .Concat(NewNameColumns.SelectMany(c => Split(record.Text(header[c]))))
                .Select(a => a?.Trim())
                .Where(a => !string.IsNullOrEmpty(a) && a != "n/a" && !string.Equals(a, name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Cast<string>()
                .ToList();
            var actorId = $"ucdp:{id}";
            var links = new List<ActorLink>();
            AddLinks(links, record, header, actorId, "Splinter", "ActorIdPrev", ActorLinkKind.SplinterOf);
            AddLinks(links, record, header, actorId, "Alliance", "ActorIdAlliance", ActorLinkKind.MemberOf);
            AddLinks(links, record, header, actorId, "JoinGroup", "ActorIdGroup", ActorLinkKind.MemberOf);
            var type = record.Text(header["Org"]) == "4" ? ActorType.StateForces : ActorType.Unknown;
            yield return new UcdpActorRecord(new Actor { Id = actorId, Name = name, Type = type, Aliases = aliases }, links, _csv.Line);
        }
    }

    public void Dispose() => _csv.Dispose();

    private static string[] Split(string? list) => list?.Split(", ") ?? [];

    private void AddLinks(List<ActorLink> links, CsvRecord record, CsvHeader header, string from, string flag, string ids, ActorLinkKind kind)
    {
        if (record.Text(header[flag]) != "1")
        {
            return;
        }

        var column = header[ids];
        var text = record.Text(column) ?? throw record.Error(column, $"is empty although {flag} is 1");
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var target))
            {
                throw record.Error(column, $"'{part.Trim()}' is not a UCDP actor id");
            }

            links.Add(new ActorLink(from, kind, $"ucdp:{target}", null, null, $"{fileName}:{_csv.Line}"));
        }
    }
}
