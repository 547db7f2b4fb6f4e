using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>Turns YAML nodes into plain strings, booleans, lists and dictionaries that templates can read.</summary>
public static class YamlValues
{
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null } => null,
        YamlScalarNode scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && bool.TryParse(scalar.Value, out var flag) => flag,
        YamlScalarNode scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && long.TryParse(scalar.Value, out var number) => number,
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ToPlain(kv.Value)),
        _ => null,
    };
}
