using Truce.Storage.Evidence;

namespace Truce.Server.Apis;

/// <summary>What adding an evidence file did: its hash, size, the addition recorded, and whether the bytes were already stored.</summary>
public sealed record EvidenceReceiptDto(string Sha256, long Bytes, string Name, string MediaType, string Author, DateTimeOffset AddedAt, bool Duplicate, string Url)
{
    public static EvidenceReceiptDto Of(EvidenceReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var a = receipt.Addition;
        return new(a.Sha256, a.Bytes, a.Name, a.MediaType, a.Author, a.AddedAt, receipt.Duplicate, $"/api/evidence/{a.Sha256}");
    }
}
