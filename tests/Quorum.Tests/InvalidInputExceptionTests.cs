namespace Quorum.Tests;

public class InvalidInputExceptionTests
{
    [Fact]
    public void NoProblems_AreNoRefusal() =>
        Should.NotThrow(() => InvalidInputException.ThrowIfAny(new Dictionary<string, string>()));

    [Fact]
    public void Problems_AreARefusal_KeyedByField_WhoseMessageSaysEachInTurn()
    {
        var problems = new Dictionary<string, string>
        {
            ["title"] = "Enter a title.",
            ["dueDate"] = "Enter a due date.",
        };

        var refused = Should.Throw<InvalidInputException>(() => InvalidInputException.ThrowIfAny(problems));

        refused.Problems.ShouldBe(problems);
        refused.Message.ShouldBe("Enter a title. Enter a due date.");
    }
}
