using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.SharingCards;
using PhuocMy.Site.Sources;
using YamlDotNet.RepresentationModel;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// Reads how the site's sharing cards look from <c>sharing_card:</c> in <c>site.yml</c> (colours, font, emblem),
/// with the theme's look where a key is left out. The font and emblem are files of the theme or input.
/// </summary>
public static class SharingCardStyleReader
{
    /// <summary>A style read, with the input files it came from (site.yml, the font, the emblem).</summary>
    public sealed record Result(CardStyle Style, IReadOnlyList<string> Sources);

    public const string Key = "sharing_card";
    public const string DefaultFont = "_fonts/DejaVuSans-Bold.ttf";
    public const string DefaultEmblem = "assets/logo.svg";

    /// <summary>Every letter of Vietnamese: a card font must draw them all.</summary>
    public const string VietnameseLetters =
        "ĐđĂăÂâÊêÔôƠơƯưÁáÀàẢảÃãẠạẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặÉéÈèẺẻẼẽẸẹẾếỀềỂểỄễỆệÍíÌìỈỉĨĩỊị" +
        "ÓóÒòỎỏÕõỌọỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợÚúÙùỦủŨũỤụỨứỪừỬửỮữỰựÝýỲỳỶỷỸỹỴỵ";

    public static Result? Read(SourceTree tree, DiagnosticBag diagnostics)
    {
        var settingsFile = tree.Find(SiteSettingsReader.FileName);
        var display = "input/" + SiteSettingsReader.FileName;
        var fields = new Dictionary<string, (string? Value, int Line)>(StringComparer.Ordinal);
        var line = 1;
        if (settingsFile is not null && SourceText.Read(settingsFile, new DiagnosticBag()) is { } text
            && FrontMatterParser.ReadMapping(display, text, new DiagnosticBag(), lineOffset: 0) is { } values
            && values.TryGetValue(Key, out var node))
        {
            line = (int)node.Start.Line;
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(display, line, $"'{Key}' phải gồm các cặp 'khóa: giá trị'.", $"Ví dụ:\n{Key}:\n  background: \"#a3201b\"");
                return null;
            }
            foreach (var (key, value) in mapping.Children)
                fields[((YamlScalarNode)key).Value ?? ""] = ((value as YamlScalarNode)?.Value, (int)value.Start.Line);
        }

        var ok = true;
        CardColor Colour(string key, string fallback)
        {
            var (value, at) = fields.GetValueOrDefault(key, (fallback, line));
            if (CardColor.Parse(value ?? fallback) is { } colour) return colour;
            diagnostics.Error(display, at, $"Màu '{value}' của {Key}.{key} không đọc được.", $"Viết màu dạng mã hex trong ngoặc kép, ví dụ: {key}: \"{fallback}\"");
            ok = false;
            return default;
        }

        var background = Colour("background", "#a3201b");
        var foreground = Colour("foreground", "#ffffff");
        var accent = Colour("accent", "#ffd54f");

        var (fontPath, fontLine) = fields.GetValueOrDefault("font", (DefaultFont, line));
        var font = File(tree, fontPath ?? DefaultFont, "font", fontLine, display, diagnostics);
        var (emblemPath, emblemLine) = fields.GetValueOrDefault("emblem", (DefaultEmblem, line));
        var emblem = string.IsNullOrWhiteSpace(emblemPath) ? null : File(tree, emblemPath, "emblem", emblemLine, display, diagnostics);
        if (!ok || font is null || (!string.IsNullOrWhiteSpace(emblemPath) && emblem is null)) return null;

        var style = new CardStyle(background, foreground, accent, font.Content, emblem?.Content);
        try
        {
            using var renderer = new SharingCardRenderer(style);
            if (renderer.CanDraw(VietnameseLetters))
                return new Result(style, [display, font.DisplayPath, .. emblem is null ? Array.Empty<string>() : [emblem.DisplayPath]]);
            diagnostics.Error(font.DisplayPath, null, "Phông chữ của ảnh chia sẻ thiếu chữ tiếng Việt: tiêu đề trên ảnh sẽ mất dấu.",
                $"Dùng một phông có đủ chữ Việt, ví dụ {Key}.font: {DefaultFont}");
        }
        catch (ArgumentException)
        {
            diagnostics.Error(display, fontLine, $"Không đọc được phông chữ {font.DisplayPath} hoặc hình {emblem?.DisplayPath} của ảnh chia sẻ.",
                $"font phải là tệp .ttf hoặc .otf, emblem là tệp .svg; ví dụ {Key}.font: {DefaultFont}, {Key}.emblem: {DefaultEmblem}");
        }
        return null;
    }

    private static SourceFile? File(SourceTree tree, string path, string key, int line, string display, DiagnosticBag diagnostics)
    {
        if (tree.Find(SitePaths.PathOf(path)) is { } file) return file;
        diagnostics.Error(display, line, $"Không thấy tệp '{path}' ({Key}.{key}) trong input/ hoặc theme/.",
            $"Sửa đường dẫn, tính từ thư mục input/ hoặc theme/, ví dụ: {(key == "font" ? DefaultFont : DefaultEmblem)}");
        return null;
    }
}
