// The Azure Bot registration and its Teams channel.

param name string
param sku string
param appType string
param appId string
param tenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param identityId string

param messagingEndpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'ConventionBot'
    description: 'Suivi de la convention de partenariat Métropole Aix-Marseille-Provence et AR Hlm PACA & Corse'
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}
