using System.Globalization;
using Truce.Domain.Actors;
using Truce.Domain.Sources;

namespace Truce.Formats.UnSanctions;

/// <summary>Turns a listed UN entity into a Truce actor and the listing that names it.</summary>
public static class UnEntityConversion
{
    /// <summary>The listing authority named on every <see cref="UnListing"/>.</summary>
    public const string Authority = "UN Security Council";

    /// <summary>The actor id of a UN reference number: <c>un:QDe.137</c>.</summary>
    public static string ActorId(string referenceNumber) => "un:" + referenceNumber;

    /// <summary>
    /// The entity as an actor: id <c>un:</c> + reference number, the list's name, type
    /// <see cref="ActorType.Unknown"/> (the list does not say), and as aliases every alias name
    /// then the original-script name, without duplicates or the name itself.
    /// </summary>
    /// <exception cref="ArgumentException">The record is an individual.</exception>
    public static Actor ToActor(UnSanctionsRecord entity)
    {
        RequireEntity(entity);
        var aliases = entity.Aliases.Select(a => a.Name)
            .Append(entity.NameOriginalScript)
            .OfType<string>()
            .Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Actor { Id = ActorId(entity.ReferenceNumber), Name = entity.Name, Type = ActorType.Unknown, Aliases = aliases };
    }

    /// <summary>
    /// The entity's listing, sourced to <c>fileName#reference</c> with a quote of the key fields:
    /// <c>QDe.137 | AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT | LISTED_ON 2014-05-14</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The record is an individual.</exception>
    public static UnListing ToListing(UnSanctionsRecord entity, string fileName)
    {
        RequireEntity(entity);
        ArgumentNullException.ThrowIfNull(fileName);
        var listedOn = entity.ListedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var quote = $"{entity.ReferenceNumber} | {entity.Name} | LISTED_ON {listedOn}";
        var source = new SourceRef(fileName, entity.ReferenceNumber, Quote: quote);
        return new UnListing(ActorId(entity.ReferenceNumber), Authority, entity.ReferenceNumber, entity.ListType, entity.ListedOn, source);
    }

    private static void RequireEntity(UnSanctionsRecord entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Kind != UnListedKind.Entity)
        {
            throw new ArgumentException($"{entity.ReferenceNumber} is an individual, not an entity.", nameof(entity));
        }
    }
}
