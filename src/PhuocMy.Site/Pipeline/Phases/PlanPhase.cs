using PhuocMy.Site.Planning;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>plan: every page to write and the values its template sees, from the core planners and the features' planners, each decorated by the features.</summary>
public sealed class PlanPhase : IBuildPhase
{
    private static readonly IPagePlanner[] CorePlanners =
    [
        new HomePlanner(), new PostPagesPlanner(), new StaticPagesPlanner(), new CategoryPlanner(), new TagPlanner(),
        new ArchivePlanner(), new NotFoundPlanner(),
    ];

    public string Name => "plan";
    public string Title => "Lập danh sách trang";

    public PhaseOutcome Run(BuildState state)
    {
        var decorators = state.Extensions.SelectMany(f => f.PageDecorators).ToList();
        state.Plans = CorePlanners.Concat(state.Extensions.SelectMany(f => f.Planners)).SelectMany(p => p.Plan(state.Site))
            .Select(page => decorators.Aggregate(page, (planned, decorator) => decorator.Decorate(planned, state.Site))).ToList();
        return PhaseOutcome.Continue;
    }
}
