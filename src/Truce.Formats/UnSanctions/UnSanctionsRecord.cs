namespace Truce.Formats.UnSanctions;

/// <summary>
/// One listed individual or entity of a UN Security Council sanctions list. Text values have
/// their whitespace trimmed and runs of whitespace collapsed to one space (the lists pad names
/// and wrap comments); nothing else is changed.
/// </summary>
/// <param name="Kind">Individual or entity.</param>
/// <param name="ReferenceNumber"><c>REFERENCE_NUMBER</c>, e.g. <c>QDe.137</c> (or <c>QE.A.5.01.</c> in older lists).</param>
/// <param name="DataId"><c>DATAID</c>, the UN's internal record id.</param>
/// <param name="Name">
/// The primary name: an entity's <c>FIRST_NAME</c>; for an individual <c>FIRST_NAME</c>,
/// <c>SECOND_NAME</c>, <c>THIRD_NAME</c>, <c>FOURTH_NAME</c> joined in that order with single spaces.
/// </param>
/// <param name="NameOriginalScript"><c>NAME_ORIGINAL_SCRIPT</c>, e.g. the Arabic name; null when absent.</param>
/// <param name="ListType"><c>UN_LIST_TYPE</c>, the sanctions regime (<c>Al-Qaida</c>, <c>Taliban</c>, <c>Iraq</c>, ...); null when absent.</param>
/// <param name="ListedOn"><c>LISTED_ON</c>: the date of listing as the list writes it (any time or offset is dropped).</param>
/// <param name="LastUpdated">Each <c>LAST_DAY_UPDATED/VALUE</c> in document order.</param>
/// <param name="Aliases">Each non-empty alias in document order.</param>
/// <param name="Comments"><c>COMMENTS1</c>; null when absent or empty.</param>
/// <param name="Line">1-based line of the record's start tag.</param>
public sealed record UnSanctionsRecord(
    UnListedKind Kind,
    string ReferenceNumber,
    long DataId,
    string Name,
    string? NameOriginalScript,
    string? ListType,
    DateOnly ListedOn,
    IReadOnlyList<DateOnly> LastUpdated,
    IReadOnlyList<UnAlias> Aliases,
    string? Comments,
    long Line);
