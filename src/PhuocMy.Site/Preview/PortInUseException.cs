namespace PhuocMy.Site.Preview;

/// <summary>The preview's port is taken, most often by another preview still running.</summary>
public sealed class PortInUseException(int port, Exception inner)
    : Exception($"Cổng {port} đang được dùng.", inner)
{
    public int Port { get; } = port;
}
