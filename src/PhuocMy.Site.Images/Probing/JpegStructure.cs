using System.Buffers.Binary;

namespace PhuocMy.Site.Images;

/// <summary>
/// JPEG markers from SOI to EOI (ITU T.81 annex B): segment lengths must fit in the file, a frame header
/// (SOFn) must come before the first scan, and the entropy-coded data must end in an EOI marker. Bytes after
/// EOI (phones append motion-photo videos there) are not looked at.
/// </summary>
internal static class JpegStructure
{
    private const byte Marker = 0xFF, EndOfImage = 0xD9, StartOfScan = 0xDA;

    public static StructureOutcome Read(ReadOnlySpan<byte> data)
    {
        DeclaredSize? size = null;
        int position = 2; // after SOI
        while (true)
        {
            if (position + 2 > data.Length)
                return StructureOutcome.Truncated;
            if (data[position] != Marker)
                return StructureOutcome.Corrupt($"mong đợi một marker ở byte {position}");
            byte code = data[position + 1];
            if (code == Marker)
            {
                position++; // fill byte
                continue;
            }
            if (code == EndOfImage)
                return size is { } found ? new StructureOutcome(StructureStatus.Complete, found) : StructureOutcome.Corrupt("không có phần khai báo khung ảnh (SOF)");
            if (code is >= 0xD0 and <= 0xD7 or 0x01)
            {
                position += 2; // markers without a length
                continue;
            }
            if (position + 4 > data.Length)
                return StructureOutcome.Truncated;
            int length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (length < 2)
                return StructureOutcome.Corrupt($"đoạn dữ liệu có độ dài {length} ở byte {position}");
            int end = position + 2 + length;
            if (end > data.Length)
                return StructureOutcome.Truncated;
            if (IsFrameHeader(code))
            {
                if (length < 8)
                    return StructureOutcome.Corrupt("phần khai báo khung ảnh (SOF) quá ngắn");
                size = new DeclaredSize(
                    Width: BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..]),
                    Height: BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]));
            }
            if (code == StartOfScan)
            {
                if (size is null)
                    return StructureOutcome.Corrupt("dữ liệu ảnh bắt đầu trước phần khai báo khung ảnh (SOF)");
                int next = SkipEntropyCodedData(data, end);
                if (next < 0)
                    return StructureOutcome.Truncated;
                position = next;
                continue;
            }
            position = end;
        }
    }

    /// <summary>SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).</summary>
    private static bool IsFrameHeader(byte code) => code is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    /// <summary>
    /// The position of the first marker after a scan's data, or -1 when the file ends inside it. In scan data a
    /// 0xFF byte is followed by 0x00 (stuffing) or a restart marker (D0–D7); anything else is a real marker.
    /// </summary>
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> data, int start)
    {
        int position = start;
        while (true)
        {
            int found = data[position..].IndexOf(Marker);
            if (found < 0)
                return -1;
            position += found;
            if (position + 1 >= data.Length)
                return -1;
            byte next = data[position + 1];
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7 || next == Marker)
            {
                position += next == Marker ? 1 : 2;
                continue;
            }
            return position;
        }
    }
}
