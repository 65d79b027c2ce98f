// App Service plan (Linux) and the web app running ConventionBot on .NET 10.

param planName string
param siteName string
param location string
param sku string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string
param identityClientId string
param tenantId string
param botAppId string
param botAppType string
param adminObjectIds string[]
param storageTableEndpoint string

@description('Client id of the app registration the dashboard tab\'s SSO tokens are for.')
param tabClientId string

@description('The Teams app id, for deep links from chat to the tab.')
param teamsAppId string

@description('Versionless id of the Key Vault key that encrypts the link-signing keys at rest.')
param dataProtectionKeyId string
param storageBlobEndpoint string
param insightsConnectionString string
param workspaceId string

// tests/ConventionBot.Tests/Infra reads these settings from the compiled template to check
// that every name is a key the app binds and that the app starts with these values.
// `__` stands for `:` in keys.
var appSettings = [
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
  {
    name: 'MicrosoftAppType'
    value: botAppType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
  {
    name: 'Storage__TableEndpoint'
    value: storageTableEndpoint
  }
  {
    name: 'Storage__BlobEndpoint'
    value: storageBlobEndpoint
  }
  {
    name: 'Storage__ManagedIdentityClientId'
    value: identityClientId
  }
  {
    name: 'Tab__ClientId'
    value: tabClientId
  }
  {
    name: 'Tab__TeamsAppId'
    value: teamsAppId
  }
  {
    // The keys that sign links are stored in Table Storage wrapped by this Key Vault key.
    name: 'Exports__KeyVaultKeyId'
    value: dataProtectionKeyId
  }
  {
    name: 'Access__AllowedTenants__0'
    value: tenantId
  }
  {
    // The app exports its telemetry itself (OpenTelemetry, Azure Monitor) when this is set.
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: insightsConnectionString
  }
  {
    // The GC's gen0 budget, 4 MB instead of one sized on the CPU's cache (about 16 MB on the benchmark's
    // machine): about 10 MB less resident memory for more, short gen0 collections (README, Speed benchmark).
    // The GC reads it from the environment only (not from runtimeconfig.json); scripts/bench.sh sets the same.
    name: 'DOTNET_GCgen0size'
    value: '0x400000'
  }
  {
    // Mount the deployed zip read-only: every instance runs a complete, identical build.
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1'
  }
]

var adminSettings = [for (objectId, i) in adminObjectIds: {
  name: 'Access__Admins__${i}'
  value: objectId
}]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ConventionBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(appSettings, adminSettings)
    }
  }
}

// Deployments authenticate with Entra ID (az login), never with publishing passwords.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

// The app writes JSON log lines to stdout; keep them, with HTTP and platform logs, in Log Analytics.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
