using System.Diagnostics.CodeAnalysis;

namespace PhuocMy.Site.Images;

/// <summary>A value or the problem that prevented it: bad images are expected input, not exceptions.</summary>
public readonly struct ImageResult<T> where T : class
{
    private ImageResult(T? value, ImageProblem? problem) => (Value, Problem) = (value, problem);

    public T? Value { get; }

    public ImageProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Value is not null;

    public static ImageResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static ImageResult<T> Failure(ImageProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));

    public static implicit operator ImageResult<T>(T value) => Success(value);

    public static implicit operator ImageResult<T>(ImageProblem problem) => Failure(problem);

    /// <summary>Carries a failure over to a result of another type.</summary>
    public ImageResult<TOther> Select<TOther>(Func<T, TOther> map) where TOther : class =>
        Succeeded ? ImageResult<TOther>.Success(map(Value)) : ImageResult<TOther>.Failure(Problem);
}
