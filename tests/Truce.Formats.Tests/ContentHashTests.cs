using System.Buffers.Binary;
using System.IO.Hashing;
using Truce.Formats.Reading;

namespace Truce.Formats.Tests;

public sealed class ContentHashTests
{
    [Fact]
    public void Fields_hash_as_their_lengths_and_bytes_back_to_back()
    {
        var random = new Random(17);
        var hash = new ContentHash();
        for (var i = 0; i < 2000; i++)
        {
            var fields = Enumerable.Range(0, random.Next(50))
                .Select(_ => Enumerable.Range(0, random.Next(3) == 0 ? random.Next(300) : random.Next(40)).Select(_ => (byte)random.Next(256)).ToArray())
                .ToList();
            var data = fields.SelectMany(f => f).ToArray();
            var ends = new int[fields.Count];
            var expected = new List<byte>();
            for (var f = 0; f < fields.Count; f++)
            {
                ends[f] = (f == 0 ? 0 : ends[f - 1]) + fields[f].Length;
                var length = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(length, fields[f].Length);
                expected.AddRange(length);
                expected.AddRange(fields[f]);
            }

            Assert.Equal(XxHash128.HashToUInt128([.. expected]), hash.Of(data, ends));
        }
    }

    [Fact]
    public void Ends_outside_the_data_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentHash().Of(new byte[10], new[] { 4, 11 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentHash().Of(new byte[10], new[] { 4, 3 }));
    }
}
