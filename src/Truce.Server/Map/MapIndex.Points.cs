using Truce.Storage.Queries;

namespace Truce.Server.Map;

internal sealed partial class MapIndex
{
    /// <summary>
    /// Positions (in day, then key order) of at most <paramref name="limit"/> events of the window
    /// inside <paramref name="box"/>, and how many matched in all.
    /// </summary>
    public (List<int> Events, int Matched) Points(BoundingBox box, DateOnly? from, DateOnly? to, int limit)
    {
        var (start, end) = Days(from, to);
        var found = new List<int>(Math.Min(limit, end - start));
        var matched = 0;
        for (var i = start; i < end; i++)
        {
            if (box.Contains(_lon[i], _lat[i]))
            {
                matched++;
                if (found.Count < limit)
                {
                    found.Add(i);
                }
            }
        }

        return (found, matched);
    }

    /// <summary>Position of the agreement with this id, or -1.</summary>
    public int AgreementSlot(string id) => IndexOf(Agreements, id);

    /// <summary>Position of the stakeholder with this id, or -1.</summary>
    public int StakeholderSlot(string id) => IndexOf(Stakeholders, id);

    private static int IndexOf(IReadOnlyList<NamedId> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
