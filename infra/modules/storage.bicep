// Table Storage reachable only with Entra tokens: shared keys (and so SAS and
// connection strings with keys) are disabled; the app's identity gets data access.

param name string
param location string
param sku string

@description('Principal (object) id of the managed identity given Storage Table Data Contributor.')
param dataContributorPrincipalId string

var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, dataContributorPrincipalId, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: dataContributorPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output tableEndpoint string = storage.properties.primaryEndpoints.table
