using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Preview;

/// <summary>One build the preview ran.</summary>
/// <param name="Number">1 for the first build, then one more per rebuild.</param>
/// <param name="Changes">The paths whose change started it (empty for the first build, or when only temporary files came and went).</param>
/// <param name="Reloaded">Open pages were told to reload (something they show changed).</param>
public sealed record PreviewBuild(int Number, IReadOnlyList<string> Changes, BuildResult Result, bool Reloaded);
