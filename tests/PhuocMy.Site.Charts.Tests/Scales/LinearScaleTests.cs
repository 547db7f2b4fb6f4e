using PhuocMy.Site.Charts.Scales;

namespace PhuocMy.Site.Charts.Tests.Scales;

public class LinearScaleTests
{
    [Theory]
    [InlineData(0.13, 0.2)]
    [InlineData(1, 1)]
    [InlineData(1.2, 2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(456, 500)]
    [InlineData(1_734_000_000, 2_000_000_000)]
    public void NiceStepIsOneTwoOrFiveTimesAPowerOfTen(double raw, double expected) =>
        Assert.Equal(expected, LinearScale.NiceStep(raw), 6);

    [Fact]
    public void BarDomainStartsAtZeroEvenWhenValuesAreFarFromIt()
    {
        var scale = LinearScale.Create([6750m, 6938m, 8450m], 200, 0, includeZero: true);
        Assert.Equal(0, scale.DomainMin);
        Assert.True(scale.DomainMax >= 8450);
        Assert.Equal(0m, scale.Ticks[0]);
    }

    [Fact]
    public void TicksOfBillionsAreRoundSteps()
    {
        var scale = LinearScale.Create([8_670_000_000m], 0, 100, includeZero: true);
        Assert.Equal([0m, 2_000_000_000m, 4_000_000_000m, 6_000_000_000m, 8_000_000_000m, 10_000_000_000m], scale.Ticks);
    }

    [Fact]
    public void LineDomainNeedNotIncludeZero()
    {
        var scale = LinearScale.Create([4320m, 8450m], 0, 100, includeZero: false);
        Assert.True(scale.DomainMin > 0);
        Assert.True(scale.DomainMin <= 4320 && scale.DomainMax >= 8450);
    }

    [Fact]
    public void MapsDomainOntoRangeIncludingInvertedRanges()
    {
        var scale = LinearScale.Create([100m], 220, 20, includeZero: true);
        Assert.Equal(220, scale.Map(0m), 6);
        Assert.Equal(20, scale.Map((decimal)scale.DomainMax), 6);
        Assert.Equal(120, scale.Map((decimal)scale.DomainMax / 2), 6);
    }

    [Fact]
    public void AllZeroValuesStillGiveAUsableScale()
    {
        var scale = LinearScale.Create([0m, 0m], 0, 100, includeZero: true);
        Assert.Equal(0, scale.DomainMin);
        Assert.True(scale.DomainMax > 0);
    }

    [Fact]
    public void DecimalStepsDoNotLeakFloatingPointNoise()
    {
        var scale = LinearScale.Create([0.7m], 0, 100, includeZero: true);
        Assert.Equal([0m, 0.2m, 0.4m, 0.6m, 0.8m], scale.Ticks);
    }
}
