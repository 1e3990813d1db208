using Truce.Domain.Control;

namespace Truce.Geo.Control;

/// <summary>One control record an answer rests on, and how far its geometry is from the point asked about.</summary>
/// <param name="Record">The record.</param>
/// <param name="DistanceMetres">0 for an area that covers the point; the great-circle distance to a place.</param>
public readonly record struct ControlHit(ControlRecord Record, double DistanceMetres);
