import * as fs from 'node:fs';
import { createExtractor } from './src/extraction';
const f = process.argv[2] as string;
const d = JSON.parse(fs.readFileSync(f, 'utf8'));
const r = createExtractor().extract({ title: d.title, body: d.body, publishedAt: new Date(d.publishedAt) });
for (const e of r.entities) console.log('E', e.key, '|', e.name, '|', e.aliases.join(', '), '|', e.mentions.length, e.place ? `${e.place.latitude.toFixed(2)},${e.place.longitude.toFixed(2)}` : '');
for (const ev of r.events) console.log('V', ev.summary, '|', ev.date, ev.count, ev.countQualifier, 'k', ev.killed, 'i', ev.injured, ev.modality, '|', ev.attribution);
for (const rel of r.relations.filter(x => x.evidence)) console.log('R', rel.subjectKey, rel.predicate, rel.objectKey, rel.role ?? '', '|', rel.evidence?.text);
for (const q of r.quotes) console.log('Q', q.speakerKey ?? q.speakerText, '|', q.text.slice(0, 60));
