using Truce.Domain.Errors;

namespace Truce.Storage.Import;

/// <summary>Factory for the error raised when one file holds two different records under one id.</summary>
internal static class DuplicateId
{
    public static DataFormatException Error(string file, long line, string id, long firstLine) =>
        new(file, line, 0, null, $"id {id} appears again with different values (first at line {firstLine}); a file may hold one version of a record");
}
