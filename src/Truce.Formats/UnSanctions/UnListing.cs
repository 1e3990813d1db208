using Truce.Domain.Sources;

namespace Truce.Formats.UnSanctions;

/// <summary>
/// The fact that the UN Security Council lists an actor under a sanctions regime from a date.
/// Kept in Truce.Formats until the domain has its own designation type.
/// </summary>
/// <param name="ActorId">The listed actor, <c>un:</c> + reference number.</param>
/// <param name="Authority">Who lists it: always <see cref="UnEntityConversion.Authority"/>.</param>
/// <param name="ReferenceNumber">The UN reference number, e.g. <c>QDe.137</c>.</param>
/// <param name="ListType">The regime (<c>UN_LIST_TYPE</c>, e.g. <c>Al-Qaida</c>); null when the list gives none.</param>
/// <param name="ListedOn">Date of listing (<c>LISTED_ON</c>).</param>
/// <param name="Source">The list file and record that state the listing.</param>
public sealed record UnListing(string ActorId, string Authority, string ReferenceNumber, string? ListType, DateOnly ListedOn, SourceRef Source);
