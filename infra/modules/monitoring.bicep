// Log Analytics workspace and a workspace-based Application Insights.

param workspaceName string
param insightsName string
param location string
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output workspaceId string = workspace.id

// An ingestion address (where to send telemetry), not a credential: it grants no read access.
output insightsConnectionString string = insights.properties.ConnectionString
