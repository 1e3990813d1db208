using System.Globalization;
using Truce.Domain.Errors;

namespace Truce.Cli.Data;

/// <summary>A CSV of rejected records: file, line, column, field, reason.</summary>
internal sealed class RejectsFile : IDisposable
{
    private readonly StreamWriter _writer;

    public RejectsFile(string path)
    {
        Path = path;
        _writer = new StreamWriter(path, append: false);
        _writer.Write("file,line,column,field,reason\n");
    }

    public string Path { get; }

    public void Write(DataFormatException e)
    {
        _writer.Write(string.Join(",", Quote(e.File), e.Line.ToString(CultureInfo.InvariantCulture),
            e.Column.ToString(CultureInfo.InvariantCulture), Quote(e.Field ?? ""), Quote(e.Reason)));
        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
