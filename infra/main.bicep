// ConventionBot in one resource group: managed identity, Table Storage, monitoring,
// App Service (Linux, .NET 10), the Key Vault key protecting the link-signing keys,
// and the Azure Bot with its Teams channel.
// No secret is created or stored: the app reaches Table Storage and the Bot
// Connector with the user-assigned managed identity. See infra/README.md.

@description('Short base name of the resources: 3-11 lowercase letters or digits.')
@minLength(3)
@maxLength(11)
param name string = 'convbot'

@description('Azure region of the resources (the bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. Basic or above: Always On is not available on Free/Shared.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'P0v3', 'P1v3'])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. Teams is a standard channel: F0 is enough.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('How the bot authenticates: UserAssignedMSI (no secret) or SingleTenant (an app registration and a secret you add yourself).')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the bot\'s Entra app registration.')
param singleTenantAppId string = ''

@description('Entra object ids of the bot administrators (Métropole and AR Hlm).')
param adminObjectIds string[] = []

@description('Client id of the Entra app registration that exposes api://<web app host>/<id> for the dashboard tab\'s Teams SSO (infra/README.md); empty: the tab shows no data in Teams.')
param tabClientId string = ''

@description('The Teams app id (TEAMS_APP_ID of the package), for links from chat to the dashboard tab; empty: chat links open the page.')
param teamsAppId string = ''

@description('Storage redundancy.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS'])
param storageSku string = 'Standard_LRS'

@description('Days Log Analytics keeps logs and telemetry.')
param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id)
var tenantId = tenant().tenantId

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${name}'
    location: location
  }
}

var botAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : singleTenantAppId

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${name}-${suffix}'
    insightsName: 'appi-${name}-${suffix}'
    location: location
    retentionInDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${name}${suffix}', 24)
    location: location
    sku: storageSku
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv${name}${suffix}', 24)
    location: location
    tenantId: tenantId
    cryptoUserPrincipalId: identity.outputs.principalId
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    planName: 'plan-${name}-${suffix}'
    siteName: '${name}-${suffix}'
    location: location
    sku: appServicePlanSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenantId
    botAppId: botAppId
    botAppType: botAppType
    adminObjectIds: adminObjectIds
    storageTableEndpoint: storage.outputs.tableEndpoint
    dataProtectionKeyId: keyVault.outputs.keyId
    tabClientId: tabClientId
    teamsAppId: teamsAppId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${name}-${suffix}'
    sku: botSku
    appType: botAppType
    appId: botAppId
    tenantId: tenantId
    identityId: identity.outputs.id
    messagingEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
  }
}

@description('Host name of the web app: BOT_DOMAIN for the Teams package.')
output webAppHostName string = webApp.outputs.hostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('The bot\'s Microsoft App ID: MICROSOFT_APP_ID for the Teams package.')
output botAppId string = botAppId

@description('Entra tenant the bot serves.')
output tenantId string = tenantId

@description('Table Storage endpoint the app uses.')
output storageTableEndpoint string = storage.outputs.tableEndpoint

@description('Blob Storage endpoint the app uses (the contribution dossier\'s files).')
output storageBlobEndpoint string = storage.outputs.blobEndpoint
