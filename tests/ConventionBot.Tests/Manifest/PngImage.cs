using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ConventionBot.Tests.Manifest;

/// <summary>
/// A small PNG decoder for the icon tests: 8-bit RGB or RGBA, not interlaced, which is
/// what tools/manifest/make-icons.js writes. Decoding independently of that script
/// checks the files themselves rather than the script's intentions.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] _signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly byte[] _pixels;
    private readonly int _bytesPerPixel;

    private PngImage(int width, int height, bool hasAlpha, byte[] pixels)
    {
        Width = width;
        Height = height;
        HasAlpha = hasAlpha;
        _bytesPerPixel = hasAlpha ? 4 : 3;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public bool HasAlpha { get; }

    /// <summary>Red, green, blue and alpha (255 when the image has no alpha channel).</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var at = ((y * Width) + x) * _bytesPerPixel;
            return (_pixels[at], _pixels[at + 1], _pixels[at + 2], HasAlpha ? _pixels[at + 3] : (byte)255);
        }
    }

    public IEnumerable<(int X, int Y)> Coordinates =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => (x, y)));

    public static PngImage Decode(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(_signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        byte[]? header = null;
        using var compressed = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                header = data.ToArray();
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length; // length, type, data, CRC
        }

        return FromChunks(header ?? throw new InvalidDataException("PNG without IHDR."), compressed.ToArray());
    }

    private static PngImage FromChunks(byte[] header, byte[] compressed)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        var (bitDepth, colorType, interlace) = (header[8], header[9], header[12]);
        if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
        {
            throw new InvalidDataException($"Unsupported PNG: depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
        }

        var hasAlpha = colorType == 6;
        var raw = Inflate(compressed);
        return new PngImage(width, height, hasAlpha, Unfilter(raw, width, height, hasAlpha ? 4 : 3));
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // PNG filters each scanline against the previous one (RFC 2083 §6); undo it row by row.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? pixels[(y * stride) + i - bpp] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= bpp ? pixels[((y - 1) * stride) + i - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                };
                pixels[(y * stride) + i] = (byte)(raw[(y * (stride + 1)) + 1 + i] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
