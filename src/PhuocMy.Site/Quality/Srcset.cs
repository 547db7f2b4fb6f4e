using System.Text;

namespace PhuocMy.Site.Quality;

/// <summary>Reads the URLs out of a <c>srcset</c> value ("a.jpg 1x, b.jpg 2x"), following the HTML candidate grammar.</summary>
internal static class Srcset
{
    public static IReadOnlyList<string> Urls(string srcset)
    {
        var urls = new List<string>();
        var position = 0;
        while (position < srcset.Length)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
                position++;
            if (position >= srcset.Length)
                break;

            var url = new StringBuilder();
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
                url.Append(srcset[position++]);

            // A URL may contain commas; trailing ones end the candidate instead (it then has no descriptor).
            var endsCandidate = false;
            while (url.Length > 0 && url[^1] == ',')
            {
                url.Length--;
                endsCandidate = true;
            }
            if (url.Length > 0)
                urls.Add(url.ToString());
            if (!endsCandidate)
                position = SkipDescriptors(srcset, position);
        }
        return urls;
    }

    /// <summary>Skips "2x" or "640w" up to the comma that ends the candidate; commas inside parentheses do not end it.</summary>
    private static int SkipDescriptors(string srcset, int position)
    {
        var depth = 0;
        for (; position < srcset.Length; position++)
        {
            switch (srcset[position])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    return position + 1;
            }
        }
        return position;
    }
}
