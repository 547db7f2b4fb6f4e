namespace PhuocMy.Site.Charts.Loading;

/// <summary>A rule the schema cannot express, broken at <paramref name="Pointer"/>.</summary>
internal sealed record SemanticProblem(string Pointer, string Message);
