namespace ConventionBot.TableStorage.Tests;

public enum Status
{
    Draft,
    Approved,
}
