using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PhuocMy.Site.Search.Text;

namespace PhuocMy.Site.Search.Tokens;

/// <summary>Turns one <see cref="SearchDocument"/> into its <see cref="DocumentTokens"/>.</summary>
internal static class DocumentTokenizer
{
    /// <summary>
    /// How much of the text the result entry keeps for snippets. Posts are a few thousand characters; a match
    /// further into a very long page still finds it, and its snippet then shows the page's beginning.
    /// </summary>
    public const int EntryTextLength = 6000;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Optimized from the first call: a cold build tokenizes thousands of documents before tiered JIT would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DocumentTokens Tokenize(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Url)) throw new ArgumentException("A search document needs a URL.", nameof(document));

        var title = Nfc(document.Title);
        var text = Nfc(document.Text);
        var section = Nfc(document.Section);
        var terms = new TermCounter();
        Span<char> buffer = stackalloc char[SearchTokenizer.BufferLength];

        foreach (var word in SearchTokenizer.Words(title, buffer))
            terms.Add(word, title: true);

        var bodyLength = 0;
        foreach (var word in SearchTokenizer.Words(text, buffer))
        {
            terms.Add(word, title: false);
            bodyLength++;
        }

        var entry = EncodeEntry(document, title, section, text);
        return new DocumentTokens(document.Url, title, section, document.Kind, document.Date,
            bodyLength, terms.Count, terms.Encode(), entry);
    }

    /// <summary>The kind as the browser sees it in a result entry.</summary>
    public static string KindName(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.Post => "post",
        SearchDocumentKind.Page => "page",
        SearchDocumentKind.Document => "document",
        SearchDocumentKind.DataTable => "data",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Nfc(string text) => VietnameseFolding.WellFormed(text).Normalize(NormalizationForm.FormC);

    private static byte[] EncodeEntry(SearchDocument document, string title, string section, string text)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(text.Length, EntryTextLength) * 2 + 256);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("url", document.Url);
            json.WriteString("title", title);
            json.WriteString("section", section);
            json.WriteString("kind", KindName(document.Kind));
            if (document.Date is { } date) json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("text", EntryText(text));
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The text with runs of white space as one space, cut at a word boundary after <see cref="EntryTextLength"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string EntryText(string text)
    {
        var kept = new char[Math.Min(text.Length, 2 * EntryTextLength)];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == ' ' || (c is <= '\r' or >= '\u0085' && char.IsWhiteSpace(c)))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                if (length >= EntryTextLength) break;
                kept[length++] = ' ';
                pendingSpace = false;
            }
            // A text without spaces for pages on end still stops (never inside a surrogate pair).
            if (length == kept.Length || (length == kept.Length - 1 && char.IsHighSurrogate(c))) break;
            kept[length++] = c;
        }
        return new string(kept, 0, length);
    }
}
