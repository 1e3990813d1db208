using Truce.Domain.Control;

namespace Truce.Domain.Adjudication;

/// <summary>A control record an event's location was judged against, with the distance to it (0 inside an area).</summary>
public sealed record ControlFact(ControlRecord Record, double DistanceMetres);
