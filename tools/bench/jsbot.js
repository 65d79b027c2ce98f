// The reference for scripts/bench.sh: the official Bot Framework JS SDK (botbuilder, pinned in package.json)
// as its samples set it up (CloudAdapter, ConfigurationBotFrameworkAuthentication), without an app id like the
// other two systems, on Node's plain http server. It answers "aide" with the given card.
// Usage: node jsbot.js PORT CARD_JSON_FILE
'use strict';
const fs = require('fs');
const http = require('http');
const {
  ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory,
} = require('botbuilder');

const [port, cardFile] = process.argv.slice(2);
const card = JSON.parse(fs.readFileSync(cardFile, 'utf8'));

class HelpBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = (context.activity.text || '').trim().toLowerCase();
      await context.sendActivity(text === 'aide'
        ? MessageFactory.attachment(CardFactory.adaptiveCard(card))
        : MessageFactory.text(`Vous avez écrit « ${text} ».`));
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error('turn error', error);
  await context.sendActivity('Erreur');
};
const bot = new HelpBot();

// What restify's bodyParser and response helpers would give CloudAdapter.process, on plain http.
function asRestifyResponse(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; },
    header(name, value) { res.setHeader(name, value); },
    send(body) {
      if (typeof body === 'string') { res.write(body); return; }
      res.setHeader('Content-Type', 'application/json');
      res.write(JSON.stringify(body));
    },
    end() { res.end(); },
  };
}

http.createServer((req, res) => {
  if (req.method === 'HEAD' || req.url !== '/api/messages') { res.statusCode = req.method === 'HEAD' ? 200 : 404; res.end(); return; }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400; res.end(); return;
    }
    adapter.process(req, asRestifyResponse(res), (context) => bot.run(context)).catch((error) => {
      console.error(error); res.statusCode = 500; res.end();
    });
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`jsbot listening on ${port}`));
