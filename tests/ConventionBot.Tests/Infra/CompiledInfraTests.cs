using System.Text.RegularExpressions;

namespace ConventionBot.Tests.Infra;

/// <summary>The security design of infra/, read from the ARM JSON Azure would receive: no secret anywhere,
/// Table and Blob Storage reachable only with Entra tokens, and one user-assigned identity holding the data access.</summary>
public sealed class CompiledInfraTests
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultCryptoServiceEncryptionUser = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string IdentityType = "Microsoft.ManagedIdentity/userAssignedIdentities";

    [Fact]
    public void Template_Everywhere_HoldsNoSecretOrKey()
    {
        string[] forbidden = ["listKeys(", "AccountKey", "MicrosoftAppPassword", "\"securestring\"", "\"secureobject\"", "ConnectionStrings__"];
        var json = CompiledInfra.Template.Json.ToJsonString();

        var hits = forbidden.Where(word => json.Contains(word, StringComparison.OrdinalIgnoreCase));

        Assert.Empty(hits);
    }

    [Fact]
    public void DossierContainer_PublicAccess_IsNone()
    {
        var container = CompiledInfra.Template.Module("storage").Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("None", container.Properties["publicAccess"]?.GetValue<string>());
    }

    [Fact]
    public void StorageAccount_SharedKeyAccess_IsOff()
    {
        var account = CompiledInfra.Template.Module("storage").Template.Single("Microsoft.Storage/storageAccounts");

        Assert.False(account.Properties["allowSharedKeyAccess"]?.GetValue<bool>() ?? true, "only Entra tokens may reach the tables");
        Assert.True(account.Properties["defaultToOAuthAuthentication"]?.GetValue<bool>());
    }

    [Theory]
    [InlineData(StorageTableDataContributor)]
    [InlineData(StorageBlobDataContributor)]
    public void RoleAssignment_DataContributor_GoesToTheIdentityOnTheStorageAccount(string roleId)
    {
        var storage = CompiledInfra.Template.Module("storage");
        var account = storage.Template.Single("Microsoft.Storage/storageAccounts");
        string RoleOf(ArmResource a) => ArmExpression.InlineVariables(ArmExpression.AsString(a.Properties["roleDefinitionId"])!, storage.Template);

        var assignment = Assert.Single(storage.Template.Resources, r => r.Type == "Microsoft.Authorization/roleAssignments" && RoleOf(r).Contains(roleId, StringComparison.Ordinal));

        var principal = ArmExpression.Parameter(ArmExpression.AsString(assignment.Properties["principalId"]));
        Assert.Equal($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{roleId}')]", RoleOf(assignment));
        Assert.Equal($"[resourceId('{account.Type}', {account.Name[1..^1]})]", ArmExpression.AsString(assignment.Json["scope"])); // the account's name expression, unbracketed
        Assert.Equal(("identity", "principalId"), storage.InputFromModule(principal!));
        Assert.Equal("ServicePrincipal", assignment.Properties["principalType"]?.GetValue<string>());
    }

    [Fact]
    public void KeyVault_TheLinkKeysKey_IsRbacOnlyPurgeProtected_AndOnlyWrapsForTheIdentity()
    {
        var module = CompiledInfra.Template.Module("keyvault");
        var vault = module.Template.Single("Microsoft.KeyVault/vaults");
        var key = module.Template.Single("Microsoft.KeyVault/vaults/keys");
        var assignment = module.Template.Single("Microsoft.Authorization/roleAssignments");

        var role = ArmExpression.InlineVariables(ArmExpression.AsString(assignment.Properties["roleDefinitionId"])!, module.Template);
        var principal = ArmExpression.Parameter(ArmExpression.AsString(assignment.Properties["principalId"]));

        Assert.True(vault.Properties["enableRbacAuthorization"]?.GetValue<bool>(), "no access policy, Entra roles only");
        Assert.True(vault.Properties["enablePurgeProtection"]?.GetValue<bool>(), "losing the key loses every stored link key");
        Assert.Equal(["wrapKey", "unwrapKey"], key.Properties["keyOps"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{KeyVaultCryptoServiceEncryptionUser}')]", role);
        Assert.Equal(("identity", "principalId"), module.InputFromModule(principal!));
        var setting = ArmAppSettings.Read().Single(s => s.Name == "Exports__KeyVaultKeyId");
        Assert.Equal(("keyVault", "keyId"), ArmAppSettings.WebApp.InputFromModule(ArmExpression.Parameter(setting.Template)!));
    }

    [Fact]
    public void WebApp_Identity_IsTheUserAssignedIdentityOnly()
    {
        var webApp = ArmAppSettings.WebApp;
        var identity = webApp.Template.Single("Microsoft.Web/sites").Json["identity"]!;

        var key = Assert.Single(identity["userAssignedIdentities"]!.AsObject()).Key;

        Assert.Equal("UserAssigned", identity["type"]?.GetValue<string>());
        Assert.Equal(("identity", "id"), webApp.InputFromModule(ArmExpression.Parameter(key)!));
    }

    [Fact]
    public void WebApp_StorageIdentitySetting_IsTheIdentityClientId()
    {
        var setting = ArmAppSettings.Read().Single(s => s.Name == "Storage__ManagedIdentityClientId");

        var input = ArmExpression.Parameter(setting.Template);

        Assert.Equal(("identity", "clientId"), ArmAppSettings.WebApp.InputFromModule(input!));
    }

    [Fact]
    public void WebApp_MicrosoftAppIdUnderUserAssignedMsi_IsTheIdentityClientId()
    {
        var setting = ArmAppSettings.Read().Single(s => s.Name == "MicrosoftAppId");
        var passed = ArmExpression.AsString(ArmAppSettings.WebApp.Input(ArmExpression.Parameter(setting.Template)!));

        // main.bicep's conditional input: the identity's client id under UserAssignedMSI, else singleTenantAppId.
        var match = Regex.Match(passed ?? "", @"^\[if\(equals\(parameters\('botAppType'\), 'UserAssignedMSI'\), createObject\('value', (?<msi>.+)\), createObject\('value', parameters\('singleTenantAppId'\)\)\)\]$");

        Assert.True(match.Success, passed);
        Assert.Equal(("identity", "clientId"), ArmExpression.ModuleOutput($"[{match.Groups["msi"].Value}]"));
    }

    [Fact]
    public void Bot_MsiResourceId_IsTheIdentity()
    {
        var bot = CompiledInfra.Template.Module("bot");

        Assert.Equal(("identity", "id"), bot.InputFromModule("identityId"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("clientId")]
    [InlineData("principalId")]
    public void IdentityModule_Output_ComesFromTheOneUserAssignedIdentity(string output)
    {
        var identity = CompiledInfra.Template.Module("identity").Template;

        var value = identity.Output(output);

        Assert.Equal("[parameters('name')]", identity.Single(IdentityType).Name);
        Assert.Contains($"resourceId('{IdentityType}', parameters('name'))", value, StringComparison.Ordinal);
        Assert.EndsWith(output == "id" ? ")]" : $").{output}]", value, StringComparison.Ordinal);
    }
}
