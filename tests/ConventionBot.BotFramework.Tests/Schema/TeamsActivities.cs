namespace ConventionBot.BotFramework.Tests.Schema;

/// <summary>Activities shaped like what Teams posts to /api/messages (ids shortened, fields kept).</summary>
internal static class TeamsActivities
{
    public const string BotId = "28:7a1c2e44-0000-4000-8000-00000000b07f";
    public const string TenantId = "0b1c2d3e-0000-4000-8000-000000000000";

    public const string ChannelMessageWithMention = """
        {
          "text": "<at>ConventionBot</at> bilan 2024",
          "textFormat": "plain",
          "type": "message",
          "timestamp": "2025-03-14T09:12:45.123Z",
          "localTimestamp": "2025-03-14T10:12:45.123+01:00",
          "id": "1710407565123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/0b1c2d3e-0000-4000-8000-000000000000/",
          "from": { "id": "29:1abcUser", "name": "Claire Martin", "aadObjectId": "6f1e0000-0000-4000-8000-0000000000c1" },
          "conversation": {
            "isGroup": true, "conversationType": "channel", "tenantId": "0b1c2d3e-0000-4000-8000-000000000000",
            "id": "19:abc@thread.tacv2;messageid=1710400000000"
          },
          "recipient": { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f", "name": "ConventionBot" },
          "entities": [
            { "mentioned": { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f", "name": "ConventionBot" }, "text": "<at>ConventionBot</at>", "type": "mention" },
            { "locale": "fr-FR", "country": "FR", "platform": "Web", "timezone": "Europe/Paris", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:abc@thread.tacv2", "name": "Bilans" },
            "team": { "id": "19:team@thread.tacv2" },
            "tenant": { "id": "0b1c2d3e-0000-4000-8000-000000000000" }
          },
          "locale": "fr-FR",
          "localTimezone": "Europe/Paris"
        }
        """;

    public const string BotAddedToTeam = """
        {
          "membersAdded": [ { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f" } ],
          "type": "conversationUpdate",
          "timestamp": "2025-03-14T09:00:00.000Z",
          "id": "f:2e1c0000",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/0b1c2d3e-0000-4000-8000-000000000000/",
          "from": { "id": "29:1abcUser", "aadObjectId": "6f1e0000-0000-4000-8000-0000000000c1" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "0b1c2d3e-0000-4000-8000-000000000000", "id": "19:team@thread.tacv2" },
          "recipient": { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f", "name": "ConventionBot" },
          "channelData": {
            "team": { "aadGroupId": "9d2b0000-0000-4000-8000-0000000000aa", "name": "Habitat PACA", "id": "19:team@thread.tacv2" },
            "eventType": "teamMemberAdded",
            "tenant": { "id": "0b1c2d3e-0000-4000-8000-000000000000" }
          }
        }
        """;

    public static string InstallationUpdate(string action) => $$"""
        {
          "action": "{{action}}",
          "type": "installationUpdate",
          "timestamp": "2025-03-14T09:00:00.000Z",
          "id": "f:9c3d0000",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/0b1c2d3e-0000-4000-8000-000000000000/",
          "from": { "id": "29:1abcUser", "aadObjectId": "6f1e0000-0000-4000-8000-0000000000c1" },
          "conversation": { "conversationType": "personal", "tenantId": "0b1c2d3e-0000-4000-8000-000000000000", "id": "a:1xyzPersonal" },
          "recipient": { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f", "name": "ConventionBot" },
          "entities": [ { "locale": "fr-FR", "country": "FR", "platform": "Windows", "timezone": "Europe/Paris", "type": "clientInfo" } ],
          "channelData": { "source": { "name": "message" }, "tenant": { "id": "0b1c2d3e-0000-4000-8000-000000000000" } },
          "locale": "fr-FR"
        }
        """;

    public const string AdaptiveCardAction = """
        {
          "name": "adaptiveCard/action",
          "type": "invoke",
          "timestamp": "2025-03-14T09:20:00.000Z",
          "id": "f:7b4e0000",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/0b1c2d3e-0000-4000-8000-000000000000/",
          "from": { "id": "29:1abcUser", "name": "Claire Martin", "aadObjectId": "6f1e0000-0000-4000-8000-0000000000c1" },
          "conversation": { "conversationType": "personal", "tenantId": "0b1c2d3e-0000-4000-8000-000000000000", "id": "a:1xyzPersonal" },
          "recipient": { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f", "name": "ConventionBot" },
          "replyToId": "1710407565999",
          "value": {
            "action": { "type": "Action.Execute", "id": "valider", "verb": "validerBilan", "data": { "bilanId": "B-2024-07", "commentaire": "OK" } },
            "trigger": "manual"
          },
          "channelData": { "source": { "name": "message" }, "legacy": { "replyToId": "1:1abc" }, "tenant": { "id": "0b1c2d3e-0000-4000-8000-000000000000" } },
          "locale": "fr-FR"
        }
        """;

    public const string ActionSubmit = """
        {
          "type": "message",
          "timestamp": "2025-03-14T09:25:00.000Z",
          "id": "1710408300000",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/0b1c2d3e-0000-4000-8000-000000000000/",
          "from": { "id": "29:1abcUser", "name": "Claire Martin", "aadObjectId": "6f1e0000-0000-4000-8000-0000000000c1" },
          "conversation": { "conversationType": "personal", "tenantId": "0b1c2d3e-0000-4000-8000-000000000000", "id": "a:1xyzPersonal" },
          "recipient": { "id": "28:7a1c2e44-0000-4000-8000-00000000b07f", "name": "ConventionBot" },
          "replyToId": "1710407565999",
          "value": { "action": "envoyerAvis", "avis": "favorable", "montant": 12000 },
          "channelData": { "source": { "name": "message" }, "tenant": { "id": "0b1c2d3e-0000-4000-8000-000000000000" } },
          "locale": "fr-FR"
        }
        """;
}
