using NetTopologySuite.Geometries;
using Truce.Domain.Sources;

namespace Truce.Domain.Claims;

/// <summary>
/// A trace of a group somewhere over some days: a place or area it held (a control record), or
/// an event it took part in. Geometry in WGS 84 (x = longitude).
/// </summary>
/// <param name="ActorId">The group.</param>
/// <param name="Shape">A point or polygon.</param>
/// <param name="From">First day (inclusive).</param>
/// <param name="To">Last day (inclusive).</param>
/// <param name="Kind"><c>control</c> or <c>event</c>.</param>
/// <param name="RecordId">The record: control record id or event key.</param>
/// <param name="Source">Its source, when it has one.</param>
public sealed record Presence(string ActorId, Geometry Shape, DateOnly From, DateOnly To, string Kind, string RecordId, SourceRef? Source);
