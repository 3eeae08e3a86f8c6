namespace Quorum.E2E;
public class SmokeTests { [Fact] public void Builds() => 1.ShouldBe(1); }
