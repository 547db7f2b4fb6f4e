using System.Text;
using System.Text.Json;
using PhuocMy.Site.Search.Testing;
using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Search.Tests.Tokens;

public sealed class DocumentTokensTests
{
    private static readonly SearchDocument Congress = Documents.Post("/tin-tuc/dai-hoi/", "Đại hội Đảng bộ phường Phước Mỹ",
        "Sáng nay, Đại hội Đảng bộ phường khai mạc. Đại hội bầu Ban Chấp hành nhiệm kỳ 2020–2025.");

    [Fact]
    public void Counts_each_word_in_the_body_and_marks_the_words_of_the_title()
    {
        var tokens = DocumentTokens.From(Congress);
        var terms = tokens.Terms.ToDictionary(t => t.Exact);

        Assert.Equal(new TermOccurrence("đại", true, 2), terms["đại"]);
        Assert.Equal(new TermOccurrence("phước", true, 0), terms["phước"]);
        Assert.Equal(new TermOccurrence("khai", false, 1), terms["khai"]);
        Assert.Equal(new TermOccurrence("phường", true, 1), terms["phường"]);
        Assert.Equal(19, tokens.BodyLength);
        Assert.Equal(tokens.Terms.Count, tokens.TermCount);
    }

    [Fact]
    public void Same_document_gives_the_same_bytes_whether_its_text_came_decomposed_or_not()
    {
        var decomposed = Congress with
        {
            Title = Congress.Title.Normalize(NormalizationForm.FormD),
            Text = Congress.Text.Normalize(NormalizationForm.FormD),
        };
        Assert.Equal(DocumentTokens.From(Congress).ToBytes(), DocumentTokens.From(Congress).ToBytes());
        Assert.Equal(DocumentTokens.From(Congress).ToBytes(), DocumentTokens.From(decomposed).ToBytes());
    }

    [Fact]
    public void Bytes_read_back_into_equal_tokens()
    {
        foreach (var document in VietnameseNewsCorpus.Generate(300, seed: 7).Append(Congress))
        {
            var tokens = DocumentTokens.From(document);
            var bytes = tokens.ToBytes();
            var read = DocumentTokens.FromBytes(bytes);

            Assert.Equal(bytes, read.ToBytes());
            Assert.Equal(tokens.Url, read.Url);
            Assert.Equal(tokens.Date, read.Date);
            Assert.Equal(tokens.Date?.Offset, read.Date?.Offset);
            Assert.Equal(tokens.Kind, read.Kind);
            Assert.Equal(tokens.Terms, read.Terms);
            Assert.Equal(tokens.Entry.ToArray(), read.Entry.ToArray());
        }
    }

    [Fact]
    public void Bytes_of_another_format_or_cut_short_are_refused()
    {
        var bytes = DocumentTokens.From(Congress).ToBytes();
        Assert.Throws<InvalidDataException>(() => DocumentTokens.FromBytes(bytes.AsSpan(0, bytes.Length - 3)));
        bytes[0] = 99;
        Assert.Throws<InvalidDataException>(() => DocumentTokens.FromBytes(bytes));
        Assert.StartsWith("phuocmy-search-tokens/", DocumentTokens.FormatVersion);
    }

    [Fact]
    public void Result_entry_carries_what_a_result_shows_and_keeps_markup_as_text()
    {
        var document = new SearchDocument("/van-ban/qd-12/", "<img src=x onerror=alert(1)> Quyết định  số 12",
            "Văn bản", SearchDocumentKind.Document, new DateTimeOffset(2020, 7, 15, 23, 30, 0, Documents.DaNang),
            "Quyết định\n\nvề việc   thành lập Ban Chỉ đạo.");
        using var entry = JsonDocument.Parse(DocumentTokens.From(document).Entry);
        var root = entry.RootElement;

        Assert.Equal("/van-ban/qd-12/", root.GetProperty("url").GetString());
        Assert.Equal("<img src=x onerror=alert(1)> Quyết định  số 12", root.GetProperty("title").GetString());
        Assert.Equal("Văn bản", root.GetProperty("section").GetString());
        Assert.Equal("document", root.GetProperty("kind").GetString());
        Assert.Equal("2020-07-15", root.GetProperty("date").GetString());
        Assert.Equal("Quyết định về việc thành lập Ban Chỉ đạo.", root.GetProperty("text").GetString());
    }

    [Fact]
    public void A_page_without_date_has_no_date_in_its_entry()
    {
        using var entry = JsonDocument.Parse(DocumentTokens.From(Documents.Page("/lien-he/", "Liên hệ", "Điện thoại")).Entry);
        Assert.False(entry.RootElement.TryGetProperty("date", out _));
        Assert.Equal("page", entry.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Entry_text_is_cut_at_a_word_boundary_after_the_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("ngân sách", 2000));
        using var entry = JsonDocument.Parse(DocumentTokens.From(Documents.Post("/a/", "A", text)).Entry);
        var kept = entry.RootElement.GetProperty("text").GetString()!;

        Assert.InRange(kept.Length, DocumentTokenizer.EntryTextLength, DocumentTokenizer.EntryTextLength + 10);
        Assert.True(text.StartsWith(kept, StringComparison.Ordinal) && text[kept.Length] == ' ', "cut inside a word");
        Assert.Equal(4000, DocumentTokens.From(Documents.Post("/a/", "A", text)).BodyLength);
    }

    [Fact]
    public void Cache_key_changes_with_every_field_the_tokens_depend_on_and_only_then()
    {
        var key = DocumentTokens.CacheKeyOf(Congress);
        Assert.Equal(key, DocumentTokens.CacheKeyOf(Congress with { }));
        SearchDocument[] changed =
        [
            Congress with { Url = "/khac/" }, Congress with { Title = Congress.Title + "!" }, Congress with { Section = "Khác" },
            Congress with { Kind = SearchDocumentKind.Page }, Congress with { Date = null },
            Congress with { Date = Congress.Date!.Value.AddMinutes(1) }, Congress with { Date = Congress.Date!.Value.ToOffset(TimeSpan.Zero) },
            Congress with { Text = Congress.Text + " " },
        ];
        Assert.Equal(changed.Length + 1, changed.Select(DocumentTokens.CacheKeyOf).Append(key).Distinct().Count());
    }
}
