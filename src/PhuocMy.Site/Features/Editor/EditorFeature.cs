using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// The browser editor at <c>/admin/</c> (Decap CMS, served from <c>theme/admin/</c>). The build writes what the editor
/// must know about this site, so it never drifts from what the generator reads: <c>admin/config.yml</c> (collections
/// and fields from <c>site.yml</c> and the content model), <c>admin/data-tables.json</c> (the chart inserter's
/// choices) and Netlify's <c>_headers</c> (the strict policy everywhere but <c>/admin/</c>).
/// </summary>
public sealed class EditorFeature : ISiteFeature
{
    public string Name => "editor";

    public const string ConfigPath = "admin/config.yml";
    public const string DataTablesPath = "admin/data-tables.json";

    /// <summary>The licences of the code bundled in decap-cms.js, which its first line points to: published beside it.</summary>
    public const string LicencePath = "admin/decap-cms.js.LICENSE.txt";

    public bool Owns(SourceFile file) => file.Layer == SourceLayer.Theme && file.Path is SecurityHeaders.SourcePath or LicencePath;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var headers = SecurityHeaders.Read(tree, diagnostics);
        var tables = DataTableChoices.Read(tree);
        return new Loaded(settings, tables, headers, tree.FindInTheme(LicencePath));
    }

    private sealed class Loaded(SiteSettings settings, DataTableChoices tables, SecurityHeaders? headers, SourceFile? licence) : ILoadedFeature
    {
        public FeatureOutput ParseContent(ContentContext context)
        {
            List<OutputFile> files =
            [
                new(ConfigPath, CmsConfig.Write(settings), ["input/site.yml"]),
                new(DataTablesPath, tables.ToJson(), tables.Sources),
            ];
            if (licence is not null) files.Add(new(LicencePath, licence.Content, [licence.DisplayPath]));
            if (headers is not null) files.Add(new(SecurityHeaders.OutputPath, headers.ToNetlifyFile(), ["theme/" + SecurityHeaders.SourcePath]));
            return new FeatureOutput { ExtraFiles = files };
        }
    }
}
