namespace Provisioner.Snmp.Tests;

/// <summary>Produces random and mutated datagrams from valid seeds, deterministically from a seed.</summary>
internal sealed class PacketMutator
{
    private static readonly byte[] Interesting = [0x00, 0x01, 0x30, 0x7F, 0x80, 0x81, 0x82, 0x84, 0xA2, 0xFF];
    private readonly Random _random;
    private readonly IReadOnlyList<byte[]> _seeds;

    public PacketMutator(int seed, IReadOnlyList<byte[]> seeds)
    {
        _random = new Random(seed);
        _seeds = seeds;
    }

    public byte[] Next()
    {
        var seed = _seeds[_random.Next(_seeds.Count)];
        switch (_random.Next(9))
        {
            case 0:
                return RandomBytes(_random.Next(0, 300));
            case 1:
                return seed[.._random.Next(seed.Length)];
            case 2:
                return FlipBits(seed, _random.Next(1, 5));
            case 3:
                return Overwrite(seed, _random.Next(1, 4));
            case 4:
                return Insert(seed, [0x84, 0x7F, 0xFF, 0xFF, (byte)_random.Next(256)]);
            case 5:
                return Nest(_random.Next(1, 3000), _random.Next(2) == 0);
            case 6:
                return Insert(seed, seed[.._random.Next(seed.Length)]);
            case 7:
                var other = _seeds[_random.Next(_seeds.Count)];
                return [.. seed[.._random.Next(seed.Length)], .. other[_random.Next(other.Length)..]];
            default:
                return Overwrite(FlipBits(seed, 1), 1);
        }
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        if (length > 0 && _random.Next(2) == 0)
        {
            bytes[0] = 0x30;
        }

        return bytes;
    }

    private byte[] FlipBits(byte[] seed, int count)
    {
        var copy = (byte[])seed.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return copy;
    }

    private byte[] Overwrite(byte[] seed, int count)
    {
        var copy = (byte[])seed.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[_random.Next(copy.Length)] = Interesting[_random.Next(Interesting.Length)];
        }

        return copy;
    }

    private byte[] Insert(byte[] seed, byte[] insert)
    {
        var at = _random.Next(seed.Length + 1);
        return [.. seed[..at], .. insert, .. seed[at..]];
    }

    private static byte[] Nest(int depth, bool indefinite)
    {
        if (indefinite)
        {
            var bytes = new byte[(depth * 4) + 2];
            for (var i = 0; i < depth; i++)
            {
                bytes[i * 2] = 0x30;
                bytes[(i * 2) + 1] = 0x80;
            }

            return bytes;
        }

        // Definite lengths: 30 82 hi lo ( 30 82 hi lo ( ... NULL ) ), written outside-in in one buffer.
        var levels = Math.Min(depth, 14_000);
        var nested = new byte[(levels * 4) + 2];
        for (var i = 0; i < levels; i++)
        {
            var inner = nested.Length - ((i + 1) * 4);
            nested[i * 4] = 0x30;
            nested[(i * 4) + 1] = 0x82;
            nested[(i * 4) + 2] = (byte)(inner >> 8);
            nested[(i * 4) + 3] = (byte)inner;
        }

        nested[^2] = 0x05;
        return nested;
    }
}
