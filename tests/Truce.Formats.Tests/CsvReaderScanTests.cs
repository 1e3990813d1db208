using System.Text;
using Truce.Domain.Errors;
using Truce.Formats.Csv;
using Truce.Testing;

namespace Truce.Formats.Tests;

/// <summary>
/// The vectorised path of <see cref="CsvReader"/> against its exact one-field-at-a-time path, in
/// lockstep: every record's fields, lines and raw bytes, and every error, must be the same.
/// </summary>
public sealed class CsvReaderScanTests
{
    private static readonly string[] Header = ["c1", "c2", "c3", "c4", "c5", "c6"];

    [Theory]
    [InlineData(1 << 16, 0)]
    [InlineData(1000, 0)]
    [InlineData(64, 0)]
    [InlineData(1 << 16, 97)]
    public void The_real_UCDP_file_reads_the_same_on_both_paths(int bufferSize, int chunk)
    {
        var bytes = File.ReadAllBytes(RepoFiles.UcdpSyria);

        var (records, exactParses) = AssertSamePaths(bytes, bufferSize, chunk);

        Assert.Equal(16_567, records);
        if (bufferSize == 1 << 16 && chunk == 0)
        {
            // Only records that run into the last 64 bytes of a buffer take the exact path.
            Assert.InRange(exactParses, 1, records / 50);
        }
    }

    [Fact]
    public void Generated_tricky_files_read_the_same_on_both_paths()
    {
        var random = new Random(20261124);
        var (read, failed) = (0, 0);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = Tricky(random);
            var bufferSize = random.Next(4) switch { 0 => 16, 1 => 64 + random.Next(200), _ => 1 << 16 };
            var chunk = random.Next(3) == 0 ? 1 + random.Next(100) : 0;
            try
            {
                AssertSamePaths(bytes, bufferSize, chunk);
                read++;
            }
            catch (DataFormatException)
            {
                failed++; // the same error on both paths, checked inside
            }
        }

        // Both outcomes must be well represented for the comparison to mean something.
        Assert.InRange(read, 900, 2100);
        Assert.InRange(failed, 900, 2100);
    }

    [Fact]
    public void Quotes_and_doubled_quotes_at_every_lane_position_read_the_same_on_both_paths()
    {
        for (var pad = 0; pad < 140; pad++)
        {
            var a = new string('a', pad);
            var text = $"{a},\"q\"\"r\",\"\",z\r\n\"{a}\"\"\",\"{a}\"\"\"\"\",\"x\ny\"\n{a},\"\"\"\",\"{a}\r\n\"\r\n";
            var (records, _) = AssertSamePaths(Encoding.UTF8.GetBytes(text), 1 << 16, 0);
            Assert.Equal(3, records);
        }
    }

    [Fact]
    public void A_quote_after_text_at_every_lane_position_is_the_same_error_on_both_paths()
    {
        for (var pad = 0; pad < 140; pad++)
        {
            var error = Assert.Throws<DataFormatException>(() =>
                AssertSamePaths(Encoding.UTF8.GetBytes($"a,b\n1,{new string('x', pad)}\"y\n"), 1 << 16, 0));
            Assert.Equal((2L, 2), (error.Line, error.Column));
        }
    }

    [Fact]
    public void Invalid_UTF8_at_every_lane_position_is_the_same_error_on_both_paths()
    {
        for (var pad = 0; pad < 140; pad++)
        {
            var bytes = Encoding.UTF8.GetBytes($"h\n{new string('x', pad)}").Concat(new byte[] { 0xC3, (byte)'(', (byte)'\n' }).ToArray();
            var error = Assert.Throws<DataFormatException>(() => AssertSamePaths(bytes, 1 << 16, 0));
            Assert.Equal((2L, 1), (error.Line, error.Column));
            Assert.Equal($"invalid UTF-8: byte 0xC3 at byte {pad + 1} of the field (save the file as UTF-8)", error.Reason);
        }
    }

    [Fact]
    public void CRLF_split_between_two_reads_ends_one_record_on_both_paths()
    {
        var row = new string('v', 70);
        var text = $"h1,h2\r\n{row},1\r\n{row},2\r\n";
        for (var chunk = 1; chunk < 90; chunk++)
        {
            var (records, _) = AssertSamePaths(Encoding.UTF8.GetBytes(text), 1 << 16, chunk);
            Assert.Equal(3, records);
        }
    }

    [Fact]
    public void Fields_longer_than_the_buffer_grow_it_on_both_paths()
    {
        var big = new string('x', 70_000);
        var quoted = string.Concat(Enumerable.Repeat("ab\"\"c,\n", 10_000));
        var text = $"a,b\n{big},\"{quoted}\"\n1,2\n";

        var (records, _) = AssertSamePaths(Encoding.UTF8.GetBytes(text), 64, 0);

        Assert.Equal(3, records);
    }

    /// <summary>Reads the file on both paths in lockstep; rethrows the (identical) error if there is one.</summary>
    private static (int Records, long ExactParses) AssertSamePaths(byte[] bytes, int bufferSize, int chunk)
    {
        using var exact = new CsvReader(new ChunkedStream(bytes, chunk), "t.csv", bufferSize: bufferSize) { ExactOnly = true, Header = Header };
        using var fast = new CsvReader(new ChunkedStream(bytes, chunk), "t.csv", bufferSize: bufferSize) { Header = Header };
        var hash = new Truce.Formats.Reading.ContentHash();
        var records = 0;
        while (true)
        {
            var (hasExact, exactError) = Step(exact);
            var (hasFast, fastError) = Step(fast);
            Assert.Equal(exactError?.Message, fastError?.Message);
            Assert.Equal((exactError?.Line, exactError?.Column, exactError?.Field), (fastError?.Line, fastError?.Column, fastError?.Field));
            if (exactError is not null)
            {
                throw exactError;
            }

            Assert.Equal(hasExact, hasFast);
            if (!hasExact)
            {
                return (records, fast.ExactParses);
            }

            records++;
            Assert.Equal((exact.Line, exact.RecordOffset, exact.RecordLength, exact.RecordCount, exact.BytesConsumed),
                (fast.Line, fast.RecordOffset, fast.RecordLength, fast.RecordCount, fast.BytesConsumed));
            Assert.Equal(exact.Ends.ToArray(), fast.Ends.ToArray());
            Assert.Equal(exact.Data.ToArray(), fast.Data.ToArray());
            Assert.Equal(exact.Framed.ToArray(), fast.Framed.ToArray());
            Assert.Equal(hash.Of(exact.Data, exact.Ends), Truce.Formats.Reading.ContentHash.OfFramed(fast.Framed));
            for (var i = 0; i < exact.FieldCount; i++)
            {
                Assert.Equal(exact.FieldLine(i), fast.FieldLine(i));
            }
        }
    }

    private static (bool Read, DataFormatException? Error) Step(CsvReader reader)
    {
        try
        {
            return (reader.Read(), null);
        }
        catch (DataFormatException e)
        {
            return (false, e);
        }
    }

    /// <summary>A few records of short and long, quoted and unquoted fields, mostly valid, sometimes not.</summary>
    private static byte[] Tricky(Random random)
    {
        var bytes = new List<byte>();
        if (random.Next(10) == 0)
        {
            bytes.AddRange("\uFEFF"u8.ToArray());
        }

        var records = 1 + random.Next(8);
        for (var r = 0; r < records; r++)
        {
            var fields = 1 + random.Next(6);
            for (var f = 0; f < fields; f++)
            {
                if (f > 0)
                {
                    bytes.Add((byte)',');
                }

                Field(random, bytes);
            }

            if (r < records - 1 || random.Next(2) == 0)
            {
                bytes.AddRange(random.Next(4) switch { 0 => "\r\n"u8.ToArray(), 1 => "\r"u8.ToArray(), _ => "\n"u8.ToArray() });
            }

            if (random.Next(15) == 0)
            {
                bytes.Add((byte)'\n'); // a blank line
            }
        }

        return [.. bytes];
    }

    private static void Field(Random random, List<byte> bytes)
    {
        var length = random.Next(3) == 0 ? random.Next(150) : random.Next(12);
        var quoted = random.Next(3) == 0;
        if (quoted)
        {
            bytes.Add((byte)'"');
        }

        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(1000);
            if (roll < (quoted ? 15 : 1))
            {
                bytes.Add((byte)'"');
                if (quoted && random.Next(20) != 0)
                {
                    bytes.Add((byte)'"'); // mostly doubled; sometimes a stray quote (an error)
                }
            }
            else if (roll < 30 && quoted)
            {
                bytes.AddRange(random.Next(3) switch { 0 => "\r\n"u8.ToArray(), 1 => ","u8.ToArray(), _ => "\n"u8.ToArray() });
            }
            else if (roll < 40)
            {
                bytes.AddRange("é"u8.ToArray());
            }
            else if (roll < 41)
            {
                bytes.Add(random.Next(2) == 0 ? (byte)0xFF : (byte)0xC3); // invalid or truncated
            }
            else
            {
                bytes.Add((byte)('a' + random.Next(26)));
            }
        }

        if (quoted && random.Next(60) != 0)
        {
            bytes.Add((byte)'"'); // mostly closed; sometimes unterminated (an error)
        }
    }

    /// <summary>Hands out at most <c>chunk</c> bytes per read (all that is asked for when 0).</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, chunk > 0 ? Math.Min(count, chunk) : count);
    }
}
