namespace PhuocMy.Site.Preview;

/// <summary>
/// Tells open pages that what the preview shows has changed. Every change is a new version; a page is served with
/// the token of the version it shows, and an event stream opened with an older token reloads at once, so a change
/// that happened while the page was loading is never missed. The token also names this run of the preview, so
/// pages left open across a restart reload too.
/// </summary>
public sealed class ReloadSignal
{
    private readonly Lock gate = new();
    private readonly string session = Guid.NewGuid().ToString("N")[..8];
    private int version;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The token of the current version, and a task that completes when a newer one exists.</summary>
    public (string Token, Task Changed) Current()
    {
        lock (gate) return ($"{session}-{version}", changed.Task);
    }

    public string Token => Current().Token;

    public void Raise()
    {
        TaskCompletionSource previous;
        lock (gate)
        {
            version++;
            previous = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.SetResult();
    }
}
