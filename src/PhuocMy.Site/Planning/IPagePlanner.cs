
namespace PhuocMy.Site.Planning;

/// <summary>Decides which pages one part of the site has (posts, a category's listing, the archive…).</summary>
public interface IPagePlanner
{
    IEnumerable<PlannedPage> Plan(SiteModel.Website site);
}
