using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PhuocMy.Site.Content;

/// <summary>Hands on events a <see cref="Parser"/> produced earlier, as that parser did, so a text is parsed only once.</summary>
internal sealed class ParsingEventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = next < events.Count ? events[next++] : null;
        return Current is not null;
    }
}
