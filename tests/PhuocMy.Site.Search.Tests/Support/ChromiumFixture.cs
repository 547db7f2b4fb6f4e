namespace PhuocMy.Site.Search.Testing;

/// <summary>One Chromium for every browser test of the assembly; each test opens its own context.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Chromium = await Chromium.LaunchAsync();

    public ValueTask DisposeAsync() => Chromium.DisposeAsync();
}
