using System.CommandLine;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Storage.Blobs;
using Truce.Storage.Engines;

namespace Truce.Cli.Commands;

/// <summary>The options the evidence verbs share: who writes, where the files are, what a source says.</summary>
internal sealed class EvidenceOptions
{
    public Option<string> Author { get; } = new("--author")
    {
        Description = "Who is recording this (default cli:USER)",
        DefaultValueFactory = _ => $"cli:{Environment.UserName}",
    };

    public Option<string[]> Events { get; } = new("--event") { Description = "Cite the source for this event (ucdp:233028, ucdp-ged:233028, acled:ID), control record (control:FILE#ROW) or figure (figure:NAME); repeatable" };

    public Option<string?> Url { get; } = new("--url") { Description = "The source's address (http or https)" };

    public Option<string?> Publisher { get; } = new("--publisher") { Description = "Who published or told it" };

    public Option<string?> Date { get; } = CommonOptions.Date("--date", "The day it was published");

    public Option<string?> Quote { get; } = new("--quote") { Description = "A short verbatim excerpt" };

    public Option<bool> Confidential { get; } = new("--confidential") { Description = "The publisher and URL identify someone to protect (a witness, a local monitor): withheld from the public and analysts" };

    /// <summary>The source options, to add to a verb.</summary>
    public IEnumerable<Option> SourceOptions => [Events, Url, Publisher, Date, Quote, Confidential, Author];

    /// <summary>The blob folder option (see <see cref="BlobRoots"/>).</summary>
    public static Option<string?> Blobs() => new("--blobs")
    {
        Description = $"Folder of evidence files (default: beside a SQLite file, FILE.blobs; for PostgreSQL required here or as {BlobRoots.ConfigurationKey} / Truce__Blobs)",
    };

    /// <summary>The blob store of <paramref name="db"/>: <c>--blobs</c>, else the configuration, else the SQLite default.</summary>
    /// <exception cref="BadFieldException">PostgreSQL and no folder given.</exception>
    public static IBlobStore OpenBlobs(string db, string? blobs) => BlobRoots.Open(db, blobs ?? ServeConfiguration.Blobs());

    /// <summary>The source the options describe, with the evidence file <paramref name="sha256"/> (or null).</summary>
    /// <exception cref="BadFieldException">A bad date (field <c>--date</c>).</exception>
    public SourceDraft Draft(ParseResult r, string? sha256)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!CommonOptions.TryDate(r.GetValue(Date), "--date", out var day, out var error))
        {
            throw new BadFieldException("--date", error!["--date: ".Length..]);
        }

        return new SourceDraft(r.GetValue(Url), r.GetValue(Publisher), day, r.GetValue(Quote), sha256, r.GetValue(Confidential));
    }

    /// <summary>True when any option describing a source was given.</summary>
    public bool DescribesSource(ParseResult r) =>
        (r.GetValue(Events)?.Length ?? 0) > 0 || r.GetValue(Url) is not null || r.GetValue(Publisher) is not null || r.GetValue(Quote) is not null || r.GetValue(Date) is not null;
}
