using ConventionBot.Bilans;
using ConventionBot.ConventionInfo;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Diagnostics;
using ConventionBot.Exports;
using ConventionBot.Funding;
using ConventionBot.Journal;
using ConventionBot.Meetings;
using ConventionBot.Privacy;
using ConventionBot.Scheduling;
using ConventionBot.Storage;
using ConventionBot.Subscriptions;

var builder = WebApplication.CreateBuilder(args);

// Logs: readable locally, JSON lines in Azure.
builder.AddStructuredLogging();

// Traces and metrics (OpenTelemetry), sent with the logs to Application Insights when its connection string is set.
builder.AddTelemetry();

// Data: Azure Table and Blob Storage (connection strings locally, managed identity in Azure).
builder.Services.AddTableStorage();

// The convention definitions (data, not code), loaded and validated at start-up.
builder.Services.AddConventions();

// Teams: the Bot Framework protocol and the bot's turns.
builder.Services.AddConversation();

// Who changed what and when: the append-only audit journal, and the admins' journal command.
builder.Services.AddJournal();

// Talking about the convention: summary, chantiers and deadlines cards.
builder.Services.AddConventionInfo();

// Who receives reminders: abonner / désabonner.
builder.Services.AddSubscriptions();

// Durable notifications: the schedule in Table Storage and the dispatcher that sends them.
builder.Services.AddScheduling();

// The governance calendar: meetings, their reminders and follow-up, art. 4 alerts.
builder.Services.AddMeetings();

// The annual bilan (art. 5): campaigns, chantier forms, reviews, reminders.
builder.Services.AddBilans();

// The yearly contribution (art. 3): call for funds, dossier and its files, payment, reminders.
builder.Services.AddFunding();

// Personal data (RGPD): the processing notice, a person's data, erasure by pseudonym.
builder.Services.AddPrivacy();

// The consolidated bilan (HTML, CSV), the journal and a person's data, behind signed, expiring links.
builder.Services.AddExports();

var app = builder.Build();

// Liveness and dependencies, for App Service's health check.
app.MapHealth();

// The messaging endpoint Azure Bot Service (or the Agents Playground) calls.
app.MapBotMessages();

// Exported documents, served only through signed, expiring links.
app.MapExports();

// The contribution dossier's upload page and files, only through signed, expiring links.
app.MapDossierFiles();

// The "Tableau de bord" Teams tab, for Teams SSO tokens (anonymously in Development without an app id).
app.MapDashboard();

app.Run();

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
