// The Key Vault key that encrypts, at rest, the keys the app signs its links with
// (ASP.NET Core Data Protection: export, personal data and upload links). The key
// never leaves the vault: the app's identity may only wrap and unwrap with it.
// Access is by Entra RBAC only; no secret is stored here.

param name string
param location string
param tenantId string

@description('Principal (object) id of the managed identity given Key Vault Crypto Service Encryption User on the key.')
param cryptoUserPrincipalId string

var keyVaultCryptoServiceEncryptionUser = 'e147488a-f6f5-4113-8e2d-b22465e65bf6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A deleted key would make every stored link key unreadable: it can be recovered, never purged early.
    enablePurgeProtection: true
  }
}

resource key 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: 'dataprotection'
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [
      'wrapKey'
      'unwrapKey'
    ]
  }
}

resource cryptoUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(key.id, cryptoUserPrincipalId, keyVaultCryptoServiceEncryptionUser)
  scope: key
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCryptoServiceEncryptionUser)
    principalId: cryptoUserPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('The key\'s versionless id: Data Protection wraps new keys with its current version.')
output keyId string = key.properties.keyUri
