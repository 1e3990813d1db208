using Truce.Formats.Detection;
using Truce.Storage.Import;

namespace Truce.Server.Apis;

/// <summary>
/// What an import over HTTP did, as <c>truce import</c> reports it: records read, added, revised,
/// unchanged, rejected, the file's SHA-256 and the first warnings. <c>importId</c> is 0 when the
/// file brought nothing new (nothing was written).
/// </summary>
public sealed record ImportReceiptDto(
    long ImportId,
    string File,
    string Format,
    long Read,
    long Added,
    long Revised,
    long Unchanged,
    long Rejected,
    long AssignedAdmin,
    string Sha256,
    int WarningCount,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How many warnings a receipt lists (all are counted).</summary>
    public const int ShownWarnings = 10;

    public static ImportReceiptDto Of(ImportSource source, ImportReceipt r)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(r);
        return new(r.ImportId, source.File, FormatDetector.Name(source.Format), r.Read, r.Added, r.Revised, r.Unchanged, r.Rejected,
            r.AssignedAdmin, r.Sha256, r.WarningCount, [.. r.Warnings.Take(ShownWarnings).Select(w => w.ToString())]);
    }
}
