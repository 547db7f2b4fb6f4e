using System.Buffers.Binary;

namespace PhuocMy.Site.Images;

/// <summary>
/// PNG chunks from the signature to IEND (PNG spec §5): IHDR first with 13 bytes, every chunk within the file,
/// at least one IDAT. The chunk CRCs are checked by the decoder later, with the pixels.
/// </summary>
internal static class PngStructure
{
    private const int SignatureLength = 8, ChunkOverhead = 12;

    public static StructureOutcome Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < SignatureLength + ChunkOverhead + 13)
            return StructureOutcome.Truncated;
        if (!data.Slice(SignatureLength + 4, 4).SequenceEqual("IHDR"u8) || BinaryPrimitives.ReadUInt32BigEndian(data[SignatureLength..]) != 13)
            return StructureOutcome.Corrupt("không bắt đầu bằng phần khai báo IHDR");
        var size = new DeclaredSize(
            Width: BinaryPrimitives.ReadUInt32BigEndian(data[(SignatureLength + 8)..]),
            Height: BinaryPrimitives.ReadUInt32BigEndian(data[(SignatureLength + 12)..]));

        long position = SignatureLength;
        bool sawImageData = false;
        while (true)
        {
            if (position + ChunkOverhead > data.Length)
                return StructureOutcome.Truncated;
            long length = BinaryPrimitives.ReadUInt32BigEndian(data[(int)position..]);
            if (length > int.MaxValue)
                return StructureOutcome.Corrupt($"đoạn dữ liệu dài bất thường ở byte {position}");
            var type = data.Slice((int)position + 4, 4);
            if (position + ChunkOverhead + length > data.Length)
                return StructureOutcome.Truncated;
            if (type.SequenceEqual("IDAT"u8))
                sawImageData = true;
            if (type.SequenceEqual("IEND"u8))
                return sawImageData ? new StructureOutcome(StructureStatus.Complete, size) : StructureOutcome.Corrupt("không có dữ liệu ảnh (IDAT)");
            position += ChunkOverhead + length;
        }
    }
}
