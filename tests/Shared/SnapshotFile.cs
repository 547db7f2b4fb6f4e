namespace PhuocMy.Site.Testing;

/// <summary>
/// Where a snapshot lives and what happens when it does not match: verified output is kept beside the test as
/// <c>Snapshots/NAME.verified.EXT</c>; a missing or differing snapshot writes <c>NAME.received.EXT</c> next to it and
/// fails; <c>UPDATE_SNAPSHOTS=1</c> accepts the received output as the new verified snapshot.
/// </summary>
public static class SnapshotFile
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    /// <param name="differences">Compares the verified text with the actual one; null when they match, else what differs.</param>
    public static void Match(string actual, string name, string extension, string callerFile, Func<string, string, string?> differences)
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verifiedPath = Path.Combine(folder, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");

        if (Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true")
        {
            Write(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Write(receivedPath, actual);
            Assert.Fail($"No verified snapshot {verifiedPath}. Wrote {receivedPath}; review it, then run the tests with {UpdateVariable}=1 to accept it.");
        }

        var found = differences(Read(verifiedPath), actual);
        if (found is null)
        {
            File.Delete(receivedPath);
            return;
        }

        Write(receivedPath, actual);
        Assert.Fail($"Snapshot {name} differs. Wrote {receivedPath}; if the change is intended, run with {UpdateVariable}=1.{Environment.NewLine}{found}");
    }

    /// <summary>The bytes as they are (UTF-8, no byte-order mark added or dropped), so a text snapshot is exact.</summary>
    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static string Read(string path) => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
}
