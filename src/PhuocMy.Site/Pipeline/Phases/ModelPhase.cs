using Fluid;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Rendering;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// model: reads the theme's templates, checks each post's and page's <c>layout:</c>, and places the posts in the site
/// (URLs, categories, tags, archives, clashing addresses). The build stops here on any error that is not a mistake in
/// an author's Markdown file (settings, data, theme, clashing addresses): rendering would only repeat it.
/// </summary>
public sealed class ModelPhase : IBuildPhase
{
    public string Name => "model";
    public string Title => "Dựng mô hình trang";

    public PhaseOutcome Run(BuildState state)
    {
        state.Templates = new TemplateSet(state.Tree, new FluidParser(), state.Diagnostics);
        var onlyAuthorsMistakes = state.Diagnostics.ToList().Where(d => d.Severity == Severity.Error).All(d => IsAuthored(d.File));
        state.Content = LayoutChoiceStage.Run(state.Content, state.Templates, state.Diagnostics);
        var errorsBeforeModel = state.ErrorCount;
        state.Site = SiteModelBuilder.Build(state.Settings, state.Content.Posts, state.Content.Pages, state.Options.Publication(), state.Diagnostics);
        var stop = state.Diagnostics.HasErrors && (!onlyAuthorsMistakes || state.ErrorCount > errorsBeforeModel);
        return stop ? PhaseOutcome.Stop : PhaseOutcome.Continue;
    }

    /// <summary>A Markdown file an author wrote (a post, a page, a document), as diagnostics name it.</summary>
    private static bool IsAuthored(string displayPath) =>
        displayPath.StartsWith("input/", StringComparison.Ordinal)
        && (displayPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || displayPath.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));
}
