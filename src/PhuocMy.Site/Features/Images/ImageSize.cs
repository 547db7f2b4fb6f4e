namespace PhuocMy.Site.Features.Images;

/// <summary>
/// An image's intrinsic size in CSS pixels, written as its <c>width</c> and <c>height</c> attributes so the browser
/// reserves the space before the image arrives and nothing below it moves.
/// </summary>
public sealed record ImageSize(int Width, int Height);
