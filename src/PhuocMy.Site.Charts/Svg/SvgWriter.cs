using System.Globalization;
using PhuocMy.Site.Charts.Html;
using System.Text;

namespace PhuocMy.Site.Charts.Svg;

/// <summary>Writes SVG markup with escaped text and invariant numbers; never emits style attributes.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _out = new();

    public SvgWriter Open(string name, params (string Name, object? Value)[] attributes)
    {
        WriteStartTag(name, attributes);
        _out.Append('>');
        return this;
    }

    public SvgWriter Close(string name)
    {
        _out.Append("</").Append(name).Append('>');
        return this;
    }

    public SvgWriter Empty(string name, params (string Name, object? Value)[] attributes)
    {
        WriteStartTag(name, attributes);
        _out.Append("/>");
        return this;
    }

    public SvgWriter Element(string name, string text, params (string Name, object? Value)[] attributes)
    {
        Open(name, attributes);
        Text(text);
        return Close(name);
    }

    public SvgWriter Text(string text)
    {
        _out.Append(MarkupText.Escape(text));
        return this;
    }

    public SvgWriter Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    public override string ToString() => _out.ToString();

    public static string Number(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private void WriteStartTag(string name, (string Name, object? Value)[] attributes)
    {
        _out.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            var text = value switch
            {
                double d => Number(d),
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            _out.Append(' ').Append(attribute).Append("=\"").Append(MarkupText.Escape(text)).Append('"');
        }
    }
}
