using PhuocMy.Site.Diagnostics;
using System.Text;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class NfcCheckTests
{
    private const string Precomposed = "Phường Phước Mỹ tổ chức hội nghị";
    private static readonly string Decomposed = Precomposed.Normalize(NormalizationForm.FormD);

    private static IReadOnlyList<Diagnostic> Check(string body) => Run(new NfcCheck(), Page(body));

    [Fact]
    public void Precomposed_vietnamese_passes()
    {
        Assert.Empty(Check($"""<p title="{Precomposed}">{Precomposed}</p>"""));
    }

    [Fact]
    public void Decomposed_text_is_an_error_quoting_the_snippet_and_code_points()
    {
        Assert.NotEqual(Precomposed, Decomposed);

        var error = Assert.Single(Check($"<p>{Decomposed}</p>"));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("<p>", error.Message);
        Assert.Contains("U+0075 U+031B", error.Message); // the first decomposed letter: "ư" = u + combining horn
        Assert.Contains("NFC", error.Hint);
    }

    [Fact]
    public void Decomposed_attribute_value_is_an_error()
    {
        var error = Assert.Single(Check($"""<img src="/a.jpg" alt="{Decomposed}">"""));
        Assert.Contains("alt", error.Message);
    }

    [Fact]
    public void Reports_are_capped_per_page()
    {
        var body = string.Concat(Enumerable.Range(0, 30).Select(_ => $"<p>{Decomposed}</p>"));
        Assert.Equal(11, Check(body).Count);
    }

    /// <summary>The markup is plain ASCII, but the DOM holds the decoded, decomposed letter; that is what readers get.</summary>
    [Fact]
    public void A_character_reference_that_decodes_to_decomposed_text_is_an_error()
    {
        var error = Assert.Single(Check("<p>Phe&#x301;p cộng</p>"));
        Assert.Contains("<p>", error.Message);
        Assert.Contains("U+0065 U+0301", error.Message);
    }

    [Fact]
    public void A_character_reference_in_an_attribute_that_decodes_to_decomposed_text_is_an_error()
    {
        var error = Assert.Single(Check("""<img src="/a.jpg" alt="Phe&#x0301;p cộng">"""));
        Assert.Contains("alt", error.Message);
    }

    [Fact]
    public void Texts_are_counted_before_attributes()
    {
        var body = $"""<p title="{Decomposed}">{Decomposed}</p>""" + string.Concat(Enumerable.Range(0, 9).Select(_ => $"<p>{Decomposed}</p>"));
        var errors = Check(body);
        Assert.Equal(11, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message.Contains("thuộc tính title"));
        Assert.Single(errors, e => e.Message.Contains("còn thêm"));
    }
}
