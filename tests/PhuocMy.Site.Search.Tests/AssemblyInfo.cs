using PhuocMy.Site.Search.Testing;

[assembly: AssemblyFixture(typeof(ChromiumFixture))]
