namespace PhuocMy.Site.Benchmarks.Comparison;

public sealed record RunRecord(int Posts, Scenario Scenario, string Generator, int Round, Measurement Measurement);
