using System.Buffers.Binary;

namespace PhuocMy.Site.Images;

/// <summary>
/// WebP's RIFF container: the declared RIFF size must fit in the file, and the first chunk (VP8, VP8L or
/// VP8X) gives the canvas size.
/// </summary>
internal static class WebpStructure
{
    private const int RiffHeader = 12, ChunkHeader = 8;

    public static StructureOutcome Read(ReadOnlySpan<byte> data)
    {
        long riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if (riffEnd > data.Length)
            return StructureOutcome.Truncated;
        if (data.Length < RiffHeader + ChunkHeader + 10)
            return StructureOutcome.Truncated;
        var chunk = data.Slice(RiffHeader, 4);
        long chunkLength = BinaryPrimitives.ReadUInt32LittleEndian(data[(RiffHeader + 4)..]);
        if (RiffHeader + ChunkHeader + chunkLength > riffEnd)
            return StructureOutcome.Truncated;
        var payload = data[(RiffHeader + ChunkHeader)..];

        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (!payload[3..6].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]))
                return StructureOutcome.Corrupt("khung VP8 thiếu mã bắt đầu");
            return Complete(BinaryPrimitives.ReadUInt16LittleEndian(payload[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(payload[8..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (payload[0] != 0x2F)
                return StructureOutcome.Corrupt("khung VP8L thiếu chữ ký");
            uint bits = BinaryPrimitives.ReadUInt32LittleEndian(payload[1..]);
            return Complete((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
            return Complete(ReadUInt24(payload[4..]) + 1, ReadUInt24(payload[7..]) + 1);
        return StructureOutcome.Corrupt("không có khung ảnh VP8, VP8L hay VP8X");
    }

    private static StructureOutcome Complete(long width, long height) => new(StructureStatus.Complete, new DeclaredSize(width, height));

    private static long ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | bytes[1] << 8 | bytes[2] << 16;
}
