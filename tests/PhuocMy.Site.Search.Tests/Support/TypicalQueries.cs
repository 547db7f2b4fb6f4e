namespace PhuocMy.Site.Search.Testing;

/// <summary>Queries people type on the ward portal: two Vietnamese words (four syllables) or one (two), with and without diacritics.</summary>
public static class TypicalQueries
{
    public static readonly IReadOnlyList<string> TwoWords =
    [
        "phước mỹ ngân sách", "phuoc my ngan sach", "đại hội đảng bộ", "dai hoi dang bo", "cải cách hành chính",
        "an toàn giao thông", "vệ sinh môi trường", "ve sinh moi truong", "người cao tuổi", "tiêm vắc xin",
        "dương đình nghệ", "duong dinh nghe", "ngân sách", "ngan sach", "khuyến học", "bầu cử", "cắt điện",
    ];
}
