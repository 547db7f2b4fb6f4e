namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// Netlify header paths that together match every address except those under one folder. Netlify has no "except":
/// it sends the values of every rule a path matches, so a strict policy on <c>/*</c> would also bind <c>/admin/</c>.
/// A path part with a wildcard inside it (<c>/b*</c>) matches any address that starts so, and Netlify matches
/// without regard to case; so "not under admin/" is: starts with another first character, or with "a" and then
/// another second character, and so on. Non-ASCII characters reach the server percent-encoded ('%').
/// </summary>
public static class PathComplement
{
    /// <summary>
    /// The characters the rules start a path with after the folder's common prefix, lowercase (matching ignores case).
    /// Netlify puts such a part into a regular expression without escaping it, so characters that mean something
    /// there ('.', '+', '$', '(', ')') would match far more than themselves, up to <c>/admin/</c>; and a part that
    /// starts with ':' is a placeholder for any segment. An address with one of those where this list is used is left
    /// without the strict set; the site writes none (a test checks every file of the real site).
    /// </summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_~!&',;=@%";

    /// <summary>
    /// The rules for the folder itself: "/admin" (which also matches "/admin/") and every address under it. Not
    /// "/admin/*": its slash is optional, so it would also match "/adminx".
    /// </summary>
    public static IReadOnlyList<string> Inside(string folder) => ["/" + folder, "/" + folder + "/:rest/*"];

    /// <param name="folder">e.g. <c>admin</c>: the rules match everything but <c>/admin/</c> and what is under it.</param>
    public static IReadOnlyList<string> Outside(string folder)
    {
        if (folder.Length == 0 || folder.Any(c => !Alphabet.Contains(c)))
            throw new ArgumentException($"'{folder}' must be lowercase letters, digits or '-'.", nameof(folder));

        var prefix = folder + "/";
        var rules = new List<string>();
        for (var length = 0; length < prefix.Length; length++)
        {
            var start = prefix[..length];
            // "/admin" itself would also match "/admin/" (Netlify's trailing slash is optional), so it is left out:
            // it is only ever a redirect to /admin/.
            if (length < folder.Length) rules.Add("/" + start);
            var next = prefix[length];
            foreach (var character in Alphabet.Where(c => c != next)) rules.Add("/" + start + character + "*");
            // "/a/*" would not do: a standalone '*' makes the slash before it optional, so it matches "/admin/" too.
            // A placeholder must match a whole non-empty segment, which keeps the slash.
            if (next != '/' && length > 0) rules.Add("/" + start + "/:rest/*");
        }
        return rules;
    }
}
