using Truce.Domain.Adjudication;

namespace Truce.Server.Apis;

/// <summary>An event on the map: key, first day, fatalities (best), the selected stakeholder's outcome (absent for 'disputed' or when not adjudicated), whether stakeholders disagree under the agreement.</summary>
public sealed record EventPointProperties(string Key, DateOnly Day, int Best, VerdictOutcome? Outcome, bool Disputed);
