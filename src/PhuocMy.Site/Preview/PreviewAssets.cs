namespace PhuocMy.Site.Preview;

/// <summary>
/// The preview's own files, served at <c>/_xem-truoc/</c> (a folder no site can have: names starting with "_"
/// are never published). Same origin and no inline code, so pages keep the site's Content-Security-Policy.
/// </summary>
public static class PreviewAssets
{
    public const string Prefix = "/_xem-truoc/";
    public const string ScriptPath = Prefix + "tai-lai.js";
    public const string StylePath = Prefix + "xem-truoc.css";
    public const string EventsPath = Prefix + "su-kien";
    public const string ReloadEvent = "reload";

    /// <summary>Listens for the preview's reload event; lets go of the connection while the tab is hidden.</summary>
    public const string Script = """
        // Bản xem trước: tải lại trang khi bài viết hoặc giao diện thay đổi. Chỉ có khi chạy lệnh preview.
        (function () {
          var token = document.currentScript.getAttribute('data-phien');
          var source = null;
          function connect() {
            if (source !== null) return;
            source = new EventSource('/_xem-truoc/su-kien?phien=' + encodeURIComponent(token));
            source.addEventListener('reload', function () {
              disconnect();
              window.location.reload();
            });
          }
          function disconnect() {
            if (source === null) return;
            source.close();
            source = null;
          }
          document.addEventListener('visibilitychange', function () {
            if (document.hidden) disconnect(); else connect();
          });
          window.addEventListener('pagehide', disconnect);
          window.addEventListener('pageshow', function () {
            if (!document.hidden) connect();
          });
          if (!document.hidden) connect();
        })();
        """;

    public const string Style = """
        /* Bản xem trước: khung báo lỗi, chỉ có khi chạy lệnh preview. */
        .xem-truoc-loi { background: #fff; color: #1d1d1f; border: 4px solid #a3201b; margin: 0.75rem; padding: 0.75rem 1rem; font: 1rem/1.5 system-ui, sans-serif; }
        .xem-truoc-loi.chi-canh-bao { border-color: #9a4f00; }
        .xem-truoc-loi h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #a3201b; }
        .xem-truoc-loi.chi-canh-bao h2 { color: #7a3e00; }
        .xem-truoc-loi h3 { margin: 1rem 0 0.25rem; font-size: 1rem; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
        .xem-truoc-loi ul { margin: 0; padding-left: 1.25rem; }
        .xem-truoc-loi li { margin: 0.35rem 0; }
        .xem-truoc-loi .cach-sua { display: block; color: #1d4d1d; }
        .xem-truoc-loi summary { cursor: pointer; font-weight: 700; min-height: 44px; }
        body.xem-truoc-trang { max-width: 60rem; margin: 0 auto; }
        """;
}
