using System.Text.RegularExpressions;
using CsCheck;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Authoring;

/// <summary>
/// Property: whatever prose a reporter writes, with Vietnamese letters and the punctuation of everyday writing
/// ("~250 hộ", "25~27 độ C", "x^2", "63,34%", “trích dẫn”, (ngoặc), gạch – nối…), every word of it appears in the page.
/// </summary>
public sealed partial class ProseSurvivesTests
{
    private static readonly string[] Syllables =
    [
        "Phước", "Mỹ", "Sơn", "Trà", "Đà", "Nẵng", "phường", "hộ", "dân", "ngân", "sách", "đạt", "kế", "hoạch", "hội", "nghị",
        "sơ", "kết", "Đảng", "ủy", "thành", "phố", "người", "cao", "tuổi", "bão", "lũ", "tiêm", "chủng", "ưu", "tiên", "quốc",
        "doanh", "thuế", "giấy", "tờ", "tùy", "thân", "khu", "dân", "cư", "số", "tổ", "Ngô", "Quyền", "Hồ", "Nghinh", "biển",
        "Xuân", "Thiều", "ổn", "định", "đã", "được", "những", "việc", "ở", "ấy", "Ỷ", "Lan", "UBND", "HĐND", "Covid",
    ];

    private static readonly string[] Numbers = ["250", "25", "27", "2020", "1.337", "8.670.000.000", "63,34", "15/7", "7h30", "2"];

    // A word, with the punctuation people put around it.
    private static readonly Gen<string> Word =
        Gen.Frequency(
            (12, Pick(Syllables)),
            (3, Pick(Numbers)),
            (1, Pick(Numbers).Select(n => "~" + n)),
            (1, Gen.Select(Pick(Numbers), Pick(Numbers), (a, b) => $"{a}~{b}")),
            (1, Pick(Syllables).Select(w => w + "^2")),
            (1, Pick(Numbers).Select(n => n + "%")))
        .SelectMany(word => Pick(["", "", "", ",", ".", ";", ":", "!", "?", "…"]).Select(after => word + after))
        .SelectMany(word => Gen.Frequency(
            (10, Gen.Const(word)),
            (1, Gen.Const($"“{word}”")),
            (1, Gen.Const($"({word})")),
            (1, Gen.Const($"\"{word}\"")),
            (1, Gen.Const($"*{word}*")),
            (1, Gen.Const($"**{word}**")),
            (1, Gen.Const($"~~{word}~~")),
            (1, Gen.Const($"[{word}]"))));

    private static readonly Gen<string> Sentence =
        Word.Array[3, 14].SelectMany(words => Pick([" ", " – ", " - ", " / "]).Select(joiner => string.Join(joiner, words)));

    // Paragraphs of sentences, some as list items, quotes or subheadings, as reporters write them.
    private static readonly Gen<string> Block =
        Sentence.Array[1, 4].Select(sentences => string.Join(" ", sentences))
            .SelectMany(text => Gen.Frequency(
                (8, Gen.Const(text)),
                (1, Gen.Const("## " + text)),
                (1, Gen.Const("- " + text)),
                (1, Gen.Const("1. " + text)),
                (1, Gen.Const("> " + text))));

    private static readonly Gen<string> Body = Block.Array[1, 6].Select(blocks => string.Join("\n\n", blocks));

    [Fact]
    public void Every_word_of_the_source_appears_in_the_rendered_page()
    {
        Body.Sample(body =>
        {
            var result = new TestSite().Post("van-xuoi", "Bài thử", "2020-07-15", body: body).Generate(checks: []);
            Assert.True(result.Succeeded, TestSite.Describe(result));
            var pageText = Normalized(TestSite.Dom(result, "tin-tuc/van-xuoi/index.html").QuerySelector("main")!.TextContent);
            var missing = WordPattern().Matches(body).Select(m => m.Value).Where(word => !pageText.Contains(word, StringComparison.Ordinal)).Distinct().ToList();
            Assert.True(missing.Count == 0, $"Lost words: {string.Join(", ", missing)}\n--- source ---\n{body}\n--- page ---\n{pageText}");
        }, iter: 40, threads: 1);
    }

    /// <summary>Punctuation-separated runs of letters and digits, with their own separators ("1.337", "63,34", "25~27").</summary>
    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Gen<string> Pick(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.,~^/][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
