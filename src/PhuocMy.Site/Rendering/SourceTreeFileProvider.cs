using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Rendering;

/// <summary>Lets Liquid's <c>{% render 'x' %}</c> find <c>_includes/x.liquid</c> in the merged theme + input tree.</summary>
public sealed class SourceTreeFileProvider(SourceTree tree, string folder) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var file = tree.Find($"{folder}/{subpath.TrimStart('/')}");
        return file is null ? new NotFoundFileInfo(subpath) : new MemoryFileInfo(file);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFileInfo(SourceFile file) : IFileInfo
    {
        public bool Exists => true;
        public long Length => file.Content.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(file.Path);
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(file.Content.ToArray(), writable: false);
    }
}
