namespace Truce.Domain.Agreements;

/// <summary>
/// A start or end of an agreement: a day, and the local time of day when the source gives one
/// (e.g. 19:00 on 12 Sept 2016). A day without a time means the whole day.
/// </summary>
public sealed record AgreementMoment(DateOnly Day, TimeOnly? Time, string Stated)
{
    /// <summary>True when the moment falls inside the day (not at its start), so the day is only partly covered.</summary>
    public bool SplitsDay => Time is { } t && t != TimeOnly.MinValue;

    public override string ToString() => Stated;
}
