using System.CommandLine;

namespace PhuocMy.Site.Cli;

/// <summary>Options several commands share, described once.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Input() =>
        new("--input", "-i") { Description = "Thư mục nội dung (bài viết, trang, số liệu, cấu hình site.yml).", DefaultValueFactory = _ => new DirectoryInfo("input") };

    public static Option<DirectoryInfo> Theme() =>
        new("--theme", "-t") { Description = "Thư mục giao diện (mẫu Liquid, CSS).", DefaultValueFactory = _ => new DirectoryInfo("theme") };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Dựng cả bài nháp (draft: true) để xem trước." };

    public static Option<bool> Future() => new("--future") { Description = "Dựng cả bài hẹn giờ (date: sau lúc dựng) để xem trước." };
}
