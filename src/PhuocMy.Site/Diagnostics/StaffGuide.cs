namespace PhuocMy.Site.Diagnostics;

/// <summary>Where the staff guide explains problems; every list of problems ends by pointing there.</summary>
public static class StaffGuide
{
    public const string CommonErrors = "docs/huong-dan/loi-thuong-gap.md";
}
