namespace PhuocMy.Site.Search.Tokens;

/// <summary>A word (exact form) of one document: whether the title has it and how often the body has it.</summary>
public readonly record struct TermOccurrence(string Exact, bool InTitle, int BodyCount);
