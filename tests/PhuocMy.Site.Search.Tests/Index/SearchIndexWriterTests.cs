using PhuocMy.Site.Search.Index;
using PhuocMy.Site.Search.Testing;
using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Search.Tests.Index;

public sealed class SearchIndexWriterTests
{
    private static readonly IReadOnlyList<SearchDocument> Corpus = VietnameseNewsCorpus.Generate(1500, seed: 11);

    private static IReadOnlyList<SearchIndexFile> Write(IEnumerable<SearchDocument> documents) =>
        new SearchIndexWriter().Write(documents.Select(DocumentTokens.From));

    private static void AssertSameFiles(IReadOnlyList<SearchIndexFile> expected, IReadOnlyList<SearchIndexFile> actual)
    {
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Content.Span.SequenceEqual(actual[i].Content.Span), $"{expected[i].Path} differs");
    }

    [Fact]
    public void Writes_a_manifest_term_shards_and_one_entry_per_document_under_the_index_folder()
    {
        var files = Write(Corpus);
        var index = new IndexFiles(files);

        Assert.Equal(Corpus.Count, index.Manifest.Documents);
        Assert.Equal(1 + index.Manifest.ShardFiles.Count + Corpus.Count, files.Count);
        Assert.All(files, f => Assert.StartsWith("tim-kiem/chi-muc/", f.Path));
        Assert.True(index.Manifest.ShardFiles.Count > 1, "a corpus this size should need several shards");
        Assert.Equal(index.Manifest.ShardFirstWords.Order(StringComparer.Ordinal), index.Manifest.ShardFirstWords);
        Assert.Equal(Corpus.Count, files.Count(f => f.Path.StartsWith("tim-kiem/chi-muc/d/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_word_is_in_the_shard_the_manifest_points_to()
    {
        var files = Write(Corpus);
        var index = new IndexFiles(files);
        var seen = 0;
        for (var shard = 0; shard < index.Manifest.ShardFiles.Count; shard++)
        {
            var words = IndexFiles.Decode(index.File(SearchManifest.ShardPath(index.Manifest.ShardFiles[shard])).Content.Span);
            Assert.Equal(index.Manifest.ShardFirstWords[shard], words.Keys.Order(StringComparer.Ordinal).First());
            foreach (var word in words.Keys) Assert.Equal(shard, index.Manifest.ShardOf(word));
            seen += words.Count;
        }
        var expected = Corpus.SelectMany(d => PhuocMy.Site.Search.Text.SearchTokenizer.Tokenize(d.Title + " " + d.Text)).Select(w => w.Folded).Distinct().Count();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void A_folded_word_lists_each_spelling_with_the_documents_that_have_it()
    {
        var documents = new[]
        {
            Documents.Post("/a/", "Sửa đường Hồ Nghinh", "Con đường được nâng cấp.", day: 1),
            Documents.Post("/b/", "Hội Người cao tuổi", "Ông Dương Văn Phúc phát biểu.", day: 2),
            Documents.Post("/c/", "Thông báo", "Không liên quan.", day: 3),
        };
        var index = new IndexFiles(Write(documents));
        var duong = index.Lookup("duong");

        Assert.Equal(["dương", "đường"], duong.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([new DecodedPosting(0, duong["đường"][0].BodyWeight, true)], duong["đường"]);
        Assert.InRange(duong["đường"][0].BodyWeight, 1, 15);
        Assert.Equal([1], duong["dương"].Select(p => p.Document));
        Assert.False(duong["dương"][0].InTitle);
        Assert.Empty(index.Lookup("khongco"));
    }

    [Fact]
    public void Documents_are_numbered_undated_first_then_oldest_to_newest()
    {
        var documents = new[]
        {
            Documents.Post("/moi/", "Mới nhất", "tin", year: 2025),
            Documents.Page("/gioi-thieu/", "Giới thiệu", "trang"),
            Documents.Post("/cu/", "Cũ", "tin", year: 2016),
            Documents.Post("/giua/", "Giữa", "tin", year: 2020),
        };
        var index = new IndexFiles(Write(documents));
        string UrlOf(int number) => System.Text.Json.JsonDocument.Parse(index.File(SearchManifest.EntryPath(number)).Content).RootElement.GetProperty("url").GetString()!;

        Assert.Equal(["/gioi-thieu/", "/cu/", "/giua/", "/moi/"], Enumerable.Range(0, 4).Select(UrlOf));
    }

    [Fact]
    public void Same_documents_give_the_same_bytes_in_any_order()
    {
        var first = Write(Corpus);
        var shuffled = Corpus.ToArray();
        new Random(3).Shuffle(shuffled);

        AssertSameFiles(first, Write(Corpus));
        AssertSameFiles(first, Write(shuffled));
    }

    [Fact]
    public void An_index_from_cached_tokens_with_one_document_changed_equals_a_full_build()
    {
        var cache = Corpus.ToDictionary(d => d.Url, d => DocumentTokens.From(d).ToBytes());
        var edited = Corpus.Select(d => d.Url == Corpus[700].Url ? d with { Title = d.Title + " (cập nhật)", Text = d.Text + " Đính chính số liệu." } : d).ToList();
        var added = Documents.Post("/tin-tuc/bai-moi/", "Đại hội Đảng bộ phường", "Bài mới nhất.", year: 2026);

        var incremental = new SearchIndexWriter().Write(edited.Select(d =>
            d.Url == Corpus[700].Url ? DocumentTokens.From(d) : DocumentTokens.FromBytes(cache[d.Url])).Append(DocumentTokens.From(added)));
        var full = Write(edited.Append(added));

        AssertSameFiles(full, incremental);
        Assert.False(Write(Corpus).Select(f => f.Path).SequenceEqual(full.Select(f => f.Path)) &&
            Write(Corpus).Zip(full).All(p => p.First.Content.Span.SequenceEqual(p.Second.Content.Span)), "the edit should change the index");
    }

    [Fact]
    public void Two_documents_with_one_address_are_refused()
    {
        var twice = new[] { Documents.Post("/a/", "Một", "x"), Documents.Post("/a/", "Hai", "y", year: 2021) };
        var error = Assert.Throws<ArgumentException>(() => Write(twice));
        Assert.Contains("/a/", error.Message);
    }

    [Fact]
    public void An_empty_site_still_has_a_manifest_and_one_empty_shard()
    {
        var index = new IndexFiles(Write([]));
        Assert.Equal(0, index.Manifest.Documents);
        Assert.Single(index.Manifest.ShardFiles);
        Assert.Empty(index.Lookup("dai"));
    }

    [Fact]
    public void Shard_file_names_change_only_with_their_content()
    {
        var before = new IndexFiles(Write(Corpus)).Manifest;
        var after = new IndexFiles(Write(Corpus.Append(Documents.Post("/z/", "Zzz", "xylophone", year: 2015)))).Manifest;
        // The new oldest document shifts every document number, so all shards change; their names must too.
        Assert.Empty(before.ShardFiles.Intersect(after.ShardFiles));

        var same = new IndexFiles(Write(Corpus.Reverse())).Manifest;
        Assert.Equal(before.ShardFiles, same.ShardFiles);
    }
}
