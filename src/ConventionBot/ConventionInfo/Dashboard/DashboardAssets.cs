namespace ConventionBot.ConventionInfo;

/// <summary>The tab's style sheet (Teams' light, dark and high-contrast themes) and its script.</summary>
internal static class DashboardAssets
{
    public const string Css = """
        :root { --bg: #ffffff; --fg: #242424; --muted: #616161; --line: #d1d1d1; --head: #f5f5f5; --accent: #0a4da2;
          --done-bg: #dff6dd; --done-fg: #0e5c0e; --progress-bg: #e8f1fb; --progress-fg: #0a4da2; --attention-bg: #fff4ce; --attention-fg: #6b4a00;
          --late-bg: #fde7e9; --late-fg: #a4262c; --neutral-bg: #f5f5f5; --neutral-fg: #424242; --bar: #0a4da2; --track: #ebebeb; --target: #a4262c; }
        [data-theme="dark"] { --bg: #1f1f1f; --fg: #f0f0f0; --muted: #c8c8c8; --line: #5c5c5c; --head: #2e2e2e; --accent: #8ab4f8;
          --done-bg: #0e3a0e; --done-fg: #b7ebb4; --progress-bg: #102a4c; --progress-fg: #b4d2f7; --attention-bg: #4a3a00; --attention-fg: #ffe7a3;
          --late-bg: #4e1a1d; --late-fg: #ffc7cb; --neutral-bg: #2e2e2e; --neutral-fg: #e0e0e0; --bar: #8ab4f8; --track: #3a3a3a; --target: #ff99a4; }
        [data-theme="contrast"] { --bg: #000000; --fg: #ffffff; --muted: #ffffff; --line: #ffffff; --head: #000000; --accent: #ffff00;
          --done-bg: #000000; --done-fg: #3ff23f; --progress-bg: #000000; --progress-fg: #ffffff; --attention-bg: #000000; --attention-fg: #ffff00;
          --late-bg: #000000; --late-fg: #ffff00; --neutral-bg: #000000; --neutral-fg: #ffffff; --bar: #ffff00; --track: #000000; --target: #3ff23f; }
        html { background: var(--bg); color: var(--fg); }
        body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; line-height: 1.4; }
        h1 { font-size: 1.4rem; margin: .2rem 0; color: var(--accent); }
        h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; color: var(--accent); }
        .parties, .meta, .legend, small, figcaption { color: var(--muted); }
        .parties { text-transform: uppercase; letter-spacing: .05em; font-size: .8rem; margin: 0; }
        .panel { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        table { border-collapse: collapse; font-size: .9rem; flex: 2 1 32rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th, tbody th { background: var(--head); }
        .tone-done { background: var(--done-bg); color: var(--done-fg); }
        .tone-inprogress { background: var(--progress-bg); color: var(--progress-fg); }
        .tone-attention { background: var(--attention-bg); color: var(--attention-fg); }
        .tone-late { background: var(--late-bg); color: var(--late-fg); }
        .tone-neutral { background: var(--neutral-bg); color: var(--neutral-fg); }
        td small, li small { color: inherit; }
        .legend span { padding: 0 .3rem; border-radius: .2rem; }
        figure { flex: 1 1 20rem; margin: 0; }
        svg text { fill: var(--fg); font-size: 13px; font-family: inherit; }
        svg .track { fill: var(--track); stroke: var(--line); }
        svg .bar { fill: var(--bar); }
        svg .target { stroke: var(--target); stroke-width: 3; stroke-dasharray: 4 3; }
        figcaption ul { margin: .3rem 0 0; padding-left: 1.2rem; }
        .deadlines { padding-left: 0; list-style: none; }
        .deadlines li { margin: .25rem 0; padding: .3rem .5rem; border-left: 4px solid var(--line); }
        [role="alert"] { padding: .5rem; border: 2px solid var(--late-fg); }
        """;

    /// <summary>
    /// In Teams: the theme and language from the Teams context (theme changes followed), then the SSO token, then the
    /// content fetched with it. Anywhere else Teams' library cannot start, and the page says to open it in Teams.
    /// </summary>
    public const string Script = """
        (async () => {
          const main = document.getElementById("dashboard");
          const root = document.documentElement;
          const theme = t => { root.dataset.theme = t === "dark" || t === "contrast" ? t : "default"; };
          const say = text => { main.innerHTML = ""; const p = document.createElement("p"); p.setAttribute("role", "alert"); p.textContent = text; main.append(p); };
          const french = () => root.lang !== "en";
          try {
            await Promise.race([microsoftTeams.app.initialize(), new Promise((_, no) => setTimeout(() => no(new Error("not in Teams")), 3000))]);
          } catch {
            say(french() ? "Ouvrez ce tableau de bord dans Microsoft Teams, onglet « Tableau de bord » de ConventionBot." : "Open this dashboard in Microsoft Teams, ConventionBot’s “Dashboard” tab.");
            return;
          }
          const context = await microsoftTeams.app.getContext();
          theme(context.app.theme);
          microsoftTeams.app.registerOnThemeChangeHandler(theme);
          const lang = (context.app.locale || "fr").toLowerCase().startsWith("fr") ? "fr" : "en";
          root.lang = lang;
          try {
            const token = await microsoftTeams.authentication.getAuthToken();
            const query = new URLSearchParams(location.search);
            query.set("lang", lang);
            const response = await fetch("/tab/dashboard/content?" + query, { headers: { Authorization: "Bearer " + token } });
            main.innerHTML = await response.text();
            // Links to the chat are Teams deep links: Teams opens them, not the tab's frame.
            main.addEventListener("click", event => {
              const link = event.target.closest("a.chat");
              if (link) { event.preventDefault(); microsoftTeams.app.openLink(link.href); }
            });
          } catch {
            say(french() ? "Teams n’a pas pu vous identifier auprès de ConventionBot : réessayez, ou consultez le tableau de bord dans la conversation (« tableau de bord »)." : "Teams could not sign you in to ConventionBot: try again, or use the dashboard in the chat (“dashboard”).");
          }
        })();
        """;
}
