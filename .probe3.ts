import { createExtractor } from './src/extraction';
const body = ['Spain beat England 2-1 in the final in Berlin on Sunday.',
    'Mikel Oyarzabal scored the winner four minutes from time, and coach Luis de la Fuente praised his players.',
    '"We suffered, but we deserved it," de la Fuente said.',
    'UEFA fined England for crowd trouble.'].join('\n');
const r = createExtractor().extract({ title: '', body, publishedAt: new Date() });
for (const e of r.entities) console.log(e.key, e.type, e.aliases, e.mentions.map(m => m.text));
