import type { ExtractedEvent, ExtractionResult } from '../../src/extraction';
import { ofType, run } from './helpers';

const actors = (r: ExtractionResult, ev: ExtractedEvent | undefined) => (ev?.participants ?? []).filter((p) => p.role === 'ACTOR').map((p) => p.entityKey);
const targets = (r: ExtractionResult, ev: ExtractedEvent | undefined) => (ev?.participants ?? []).filter((p) => p.role === 'TARGET').map((p) => p.entityKey);

describe('events', () => {
  it('finds actor and target of an active trigger, with location and evidence', () => {
    const r = run('Israeli jets struck targets in Gaza. Protesters rallied in London on Saturday.');
    const fight = ofType(r, 'FIGHT')[0];
    expect(actors(r, fight)).toEqual(['LOCATION:country:IL']);
    expect(fight?.locationKey).toBe('LOCATION:curated:gaza-strip');
    expect(fight?.evidence.text).toBe('Israeli jets struck targets in Gaza.');
    const protest = ofType(r, 'PROTEST')[0];
    expect(protest?.date).toBe('2024-02-03');
    expect(protest?.datePrecision).toBe('DAY');
  });

  it('reads passives: subject is the target, "by X" the actor; counts keep qualifiers', () => {
    const r = run('US bases in Iraq and Syria have been attacked over 150 times by the Islamic Resistance in Iraq.');
    const ev = ofType(r, 'FIGHT')[0];
    expect(actors(r, ev)).toEqual(['ORGANIZATION:islamic resistance in iraq']);
    expect(targets(r, ev)).toEqual(['LOCATION:country:US']);
    expect(ev?.count).toBe(150);
    expect(ev?.countQualifier).toBe('OVER');
    expect(ev?.locationKey).toBe('LOCATION:country:IQ');
  });

  it.each([
    ['The base was attacked around 100 times.', 100, 'ABOUT'],
    ['Rebels fired at least 12 rockets.', 12, 'AT_LEAST'],
    ['Police arrested 40 protesters.', 40, 'EXACT'],
  ])('count in %s', (text, count, qualifier) => {
    const ev = run(text).events[0];
    expect(ev?.count).toBe(count);
    expect(ev?.countQualifier).toBe(qualifier);
  });

  it('extracts killed and injured counts', () => {
    const r = run('A suicide bombing in Kabul killed 12 people and wounded 30. In another attack, 5 people were killed and 7 injured.');
    expect(r.events[0]).toMatchObject({ type: 'ASSAULT', killed: 12, injured: 30 });
    expect(r.events[1]).toMatchObject({ killed: 5, injured: 7 });
  });

  it.each([
    ['The US was considering pulling out of Syria.', 'HYPOTHETICAL'],
    ['Iran could attack shipping.', 'HYPOTHETICAL'],
    ['Russia did not attack the convoy.', 'NEGATED'],
    ['France will deploy troops to Mali.', 'FUTURE'],
    ['The EU plans to sanction Belarus.', 'FUTURE'],
    ['Germany condemned the attack.', 'ASSERTED'],
  ])('modality of %s', (text, modality) => {
    expect(run(text).events[0]?.modality).toBe(modality);
  });

  it('extracts attributions as written', () => {
    expect(run('Troops were deployed near Aleppo, sources told Reuters on Friday.').events[0]?.attribution).toBe('sources told Reuters');
    expect(run('According to local officials, rebels attacked the town.').events[0]?.attribution).toBe('local officials');
    expect(run('Some 900 soldiers are stationed there as per Pentagon claims.').events[0]?.attribution).toBe('as per Pentagon claims');
    expect(run('Foreign Policy had reported that the US was considering a withdrawal.').events[0]?.attribution).toBe('Foreign Policy had reported');
  });

  it('merges triggers of the same type in one sentence and maps types from the lexicon', () => {
    const r = run('Rebels attacked and shelled the town. Ministers met for talks in Geneva. The EU imposed sanctions on Russia. Hamas rejected the proposal.');
    expect(r.events.map((e) => e.type)).toEqual(['FIGHT', 'CONSULT', 'SANCTION', 'REJECT']);
    expect(actors(r, r.events[2])).toEqual(['ORGANIZATION:european union']);
    expect(targets(r, r.events[2])).toEqual(['LOCATION:country:RU']);
  });

  it('does not code natural disasters as assaults', () => {
    const r = run('An earthquake killed 12 people in Malatya.');
    expect(r.events.filter((e) => e.type === 'ASSAULT' || e.type === 'FIGHT')).toEqual([]);
  });

  it('self-directed events (MOBILIZE, RETREAT) take the passive subject as actor and have no target', () => {
    const r = run('Some 900 US soldiers are stationed at bases in Syria.');
    const ev = ofType(r, 'MOBILIZE')[0];
    expect(actors(r, ev)).toEqual(['LOCATION:country:US']);
    expect(targets(r, ev)).toEqual([]);
    expect(ev?.count).toBe(900);
    expect(ev?.countQualifier).toBe('ABOUT');
  });
});
