using PhuocMy.Site.Pipeline.Live;

namespace PhuocMy.Site.Preview;

/// <summary>
/// Pages redrawn right after an edit (<see cref="BodyEdit"/>) and served in place of the output folder's copy until
/// the build that read that edit has finished. Each showing is numbered, so a build takes back only the pages
/// shown before it started: an edit shown while it ran stays shown until the next build has read it.
/// </summary>
public sealed class PagesShownAhead
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (byte[] Content, long Number)> pages = new(StringComparer.Ordinal);
    private long number;

    /// <summary>The number of the latest showing: a build started now reads every edit shown up to it.</summary>
    public long Latest
    {
        get { lock (gate) return number; }
    }

    public void Show(IEnumerable<RedrawnPage> redrawn)
    {
        lock (gate)
        {
            number++;
            foreach (var page in redrawn) pages[page.OutputPath] = (page.Content, number);
        }
    }

    /// <summary>The page shown ahead at this output path (<c>tin-tuc/x/index.html</c>), if any.</summary>
    public byte[]? Find(string outputPath)
    {
        lock (gate) return pages.TryGetValue(outputPath, out var page) ? page.Content : null;
    }

    /// <summary>Stops showing the pages shown up to <paramref name="covered"/> and returns them.</summary>
    public IReadOnlyDictionary<string, byte[]> TakeBack(long covered)
    {
        lock (gate)
        {
            var taken = pages.Where(page => page.Value.Number <= covered).ToDictionary(page => page.Key, page => page.Value.Content, StringComparer.Ordinal);
            foreach (var path in taken.Keys) pages.Remove(path);
            return taken;
        }
    }
}
