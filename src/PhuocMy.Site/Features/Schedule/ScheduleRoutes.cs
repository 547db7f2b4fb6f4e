using System.Globalization;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>The latest week at <c>/lich-cong-tac/</c>; every week also at <c>/lich-cong-tac/&lt;yyyy-mm-dd of its Monday&gt;/</c>.</summary>
public static class ScheduleRoutes
{
    public const string Index = "/lich-cong-tac/";

    public static string Week(DateOnly monday) => $"{Index}{IsoDate(monday)}/";

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
