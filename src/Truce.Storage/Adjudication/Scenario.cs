using Truce.Domain.Adjudication;
using Truce.Domain.Control;
using Truce.Formats.Reading;
using Truce.Formats.Terms;
using Truce.Geo.Control;

namespace Truce.Storage.Adjudication;

/// <summary>The adjudication inputs, parsed and indexed: terms, registry, designations, control timeline.</summary>
/// <param name="Terms">The terms file.</param>
/// <param name="Registry">Actors and designations.</param>
/// <param name="Control">Every control record (areas and places).</param>
/// <param name="Timeline">The control timeline over them.</param>
/// <param name="Warnings">Rows the readers reported and did not use (e.g. front-map points outside the country).</param>
/// <param name="InputsSha256">SHA-256 over the input files' hashes, in kind and name order.</param>
public sealed record Scenario(Terms Terms, Registry Registry, IReadOnlyList<ControlRecord> Control, ControlTimeline Timeline, IReadOnlyList<ImportWarning> Warnings, string InputsSha256)
{
    public AdjudicationInputs Inputs => new(Registry.Actors, Registry.Designations, Terms.Agreements, Terms.Stakeholders, Terms.Controllers);
}
