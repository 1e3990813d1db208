using Truce.Domain.Actors;

namespace Truce.Domain.Adjudication;

/// <summary>Checks that the inputs refer only to stakeholders and actors that exist (and designation names to dated names).</summary>
public sealed partial class Adjudicator
{
    private void Validate(AdjudicationInputs inputs)
    {
        var stakeholders = inputs.Stakeholders.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var agreement in inputs.Agreements)
        {
            foreach (var reading in agreement.Readings)
            {
                if (!stakeholders.Contains(reading.StakeholderId))
                {
                    throw new ArgumentException($"agreement {agreement.Id}: reading for unknown stakeholder {reading.StakeholderId}", nameof(inputs));
                }

                foreach (var named in reading.Named)
                {
                    RequireActor(named.ActorId, $"agreement {agreement.Id} ({reading.StakeholderId})");
                }
            }

            foreach (var party in agreement.Parties.Where(p => p.ActorId is not null))
            {
                RequireActor(party.ActorId!, $"agreement {agreement.Id} party");
            }
        }

        foreach (var d in inputs.Designations)
        {
            RequireActor(d.ActorId, $"designation {d.Id}");
            var eras = _actors.NamesOf(d.ActorId);
            if (d.Name is not null && eras.Count > 0 && !eras.Any(e => NameKey.Of(e.Name) == NameKey.Of(d.Name)))
            {
                throw new ArgumentException($"designation {d.Id} lists {d.ActorId} as \"{d.Name}\", which is none of its dated names ({string.Join(", ", eras.Select(e => e.Name))})", nameof(inputs));
            }
        }

        foreach (var mapping in inputs.Controllers)
        {
            foreach (var id in mapping.ActorIds)
            {
                RequireActor(id, $"controller \"{mapping.Controller}\"");
            }
        }
    }

    private void RequireActor(string id, string where)
    {
        if (_actors.Find(id) is null)
        {
            throw new ArgumentException($"{where} names unknown actor {id}");
        }
    }
}
