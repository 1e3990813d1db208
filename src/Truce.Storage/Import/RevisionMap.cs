using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Truce.Storage.Import;

/// <summary>
/// What an import knows of each source id, by the id's 128-bit key (<see cref="RevisionPlanner.Key"/>):
/// an open-addressing table with linear probing, one 64-byte slot a key, and a bit a slot for
/// "in use". A million ids make a table of a hundred megabytes that every record probes at a
/// random place; unlike a <see cref="Dictionary{TKey, TValue}"/>, this table can be asked to fetch
/// a key's slot ahead of use (<see cref="Prefetch"/>), so the reader plans each record a few records
/// after reading it and the cache misses overlap instead of queueing (bench/README.md).
/// </summary>
/// <remarks>Grows (doubling) past three quarters full. Not thread-safe.</remarks>
internal sealed class RevisionMap
{
    private Slot[] _slots;
    private ulong[] _used;

    /// <param name="expected">How many keys the map will probably hold; it grows past that if need be.</param>
    public RevisionMap(long expected)
    {
        var capacity = (int)Math.Clamp(expected + (expected / 3) + 1, 16, Array.MaxLength / 2);
        (_slots, _used) = (new Slot[capacity], new ulong[(capacity + 63) / 64]);
    }

    /// <summary>How many keys are in the map.</summary>
    public int Count { get; private set; }

    /// <summary>The record of <paramref name="key"/>, added (all zero) when absent.</summary>
    public ref KnownRecord GetValueRefOrAddDefault(UInt128 key, out bool exists)
    {
        if (Count >= _slots.Length - (_slots.Length / 4))
        {
            Grow();
        }

        var i = Home(key, _slots.Length);
        while (true)
        {
            if ((_used[i >> 6] & (1UL << i)) == 0)
            {
                _used[i >> 6] |= 1UL << i;
                _slots[i] = new Slot { Key = key };
                Count++;
                exists = false;
                return ref _slots[i].Value;
            }

            if (_slots[i].Key == key)
            {
                exists = true;
                return ref _slots[i].Value;
            }

            i = i + 1 == _slots.Length ? 0 : i + 1;
        }
    }

    /// <summary>The record of <paramref name="key"/>, if the map has it.</summary>
    public bool TryGetValue(UInt128 key, out KnownRecord value)
    {
        for (var i = Home(key, _slots.Length); (_used[i >> 6] & (1UL << i)) != 0; i = i + 1 == _slots.Length ? 0 : i + 1)
        {
            if (_slots[i].Key == key)
            {
                value = _slots[i].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Sets the record of <paramref name="key"/>.</summary>
    public KnownRecord this[UInt128 key]
    {
        set => GetValueRefOrAddDefault(key, out _) = value;
    }

    /// <summary>Asks the processor to bring <paramref name="key"/>'s slot into its cache; a hint, no effect on the contents.</summary>
    public unsafe void Prefetch(UInt128 key)
    {
        if (Sse.IsSupported)
        {
            // The slots live on the large-object heap, which the collector does not move; a stale
            // address would only make the hint useless, never fault.
            var slot = (byte*)Unsafe.AsPointer(ref _slots[Home(key, _slots.Length)]);
            Sse.Prefetch0(slot);
            Sse.Prefetch0(slot + 63);
        }
    }

    // The key's first slot: its low 32 bits (uniform, from a hash) scaled to the table's length.
    private static int Home(UInt128 key, int length) => (int)(((ulong)(uint)key * (ulong)length) >> 32);

    private void Grow()
    {
        var (slots, used) = (_slots, _used);
        var capacity = (int)Math.Min(Array.MaxLength, (long)slots.Length * 2);
        (_slots, _used, Count) = (new Slot[capacity], new ulong[(capacity + 63) / 64], 0);
        for (var i = 0; i < slots.Length; i++)
        {
            if ((used[i >> 6] & (1UL << i)) != 0)
            {
                GetValueRefOrAddDefault(slots[i].Key, out _) = slots[i].Value;
            }
        }
    }

    private struct Slot
    {
        public UInt128 Key;
        public KnownRecord Value;
    }
}
