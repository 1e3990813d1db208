using Truce.Domain.Errors;
using Truce.Domain.Sources;

namespace Truce.Storage.Evidence;

/// <summary>The checks both engines run before an evidence write, so both refuse the same values with the same words.</summary>
internal static class EvidenceChecks
{
    public static EvidenceAddition Checked(EvidenceAddition addition)
    {
        ArgumentNullException.ThrowIfNull(addition);
        if (!EvidenceHash.IsValid(addition.Sha256))
        {
            throw new BadFieldException("sha256", $"'{addition.Sha256}' is not a SHA-256 (64 lowercase hexadecimal digits)");
        }

        if (addition.Bytes < 0)
        {
            throw new BadFieldException("bytes", "negative");
        }

        return addition with
        {
            Name = EvidenceAddition.CheckName(addition.Name),
            MediaType = EvidenceAddition.CheckMediaType(addition.MediaType),
            Author = Authors.Check(addition.Author),
        };
    }

    public static BadFieldException SizeMismatch(string sha256, long stored, long given) =>
        new("bytes", $"the store holds {sha256} with {stored} bytes, not {given}: a corrupted copy");

    public static BadFieldException UnknownFile(string sha256) =>
        new("sha256", $"no evidence file {sha256}: add the file first (truce evidence add, POST /api/evidence)");

    public static BadFieldException UnknownSource(long id) => new("sourceId", $"no source {id}");
}
