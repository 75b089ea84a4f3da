/** Who did what to whom in ordinary news sentences of many kinds: type, actor and target together. */
import type { ExtractionResult } from '../../src/extraction';
import { entityByKey, ofType, role, run } from './helpers';

/** Some event of `type` has `actor` as an ACTOR and `target` as a TARGET, by entity name; an empty name asks for nothing. */
function hasEvent(r: ExtractionResult, type: string, actor: string, target: string): boolean {
  const named = (keys: string[], name: string) => !name || keys.some((k) => entityByKey(r, k)?.name === name);
  return ofType(r, type).some((e) => named(role(e, 'ACTOR'), actor) && named(role(e, 'TARGET'), target));
}

describe('participants in common news sentences', () => {
  it.each([
    ['Israeli airstrikes killed 12 people in Gaza on Sunday.', 'FIGHT', 'Israel', ''],
    ['Ukraine accused Russia of shelling the city of Kharkiv.', 'DISAPPROVE', 'Ukraine', 'Russia'],
    ['China warned the Philippines against further provocations.', 'THREATEN', 'China', 'Philippines'],
    ['Egypt and Qatar mediated talks between Israel and Hamas.', 'CONSULT', 'Egypt', ''],
    ['Police in Kenya arrested 20 protesters.', 'COERCE', 'Kenya', ''],
    ['Nigerian troops killed 15 Boko Haram fighters in Borno.', 'FIGHT', 'Nigeria', 'Boko Haram'],
    ['A Russian court sentenced the journalist Ivan Petrov to 10 years.', 'COERCE', 'Russia', 'Ivan Petrov'],
    ['Houthi rebels fired missiles at Israel on Friday.', 'FIGHT', 'Houthis', 'Israel'],
    ['Germany will send 500 troops to Lithuania.', 'MOBILIZE', 'Germany', ''],
    ['The European Union imposed sanctions on 12 Iranian officials.', 'SANCTION', 'European Union', 'Iran'],
    ['Turkey and Syria agreed to reopen the border crossing.', 'AGREE', 'Turkey', ''],
    ['Brazil condemned the Israeli strike on the hospital.', 'DISAPPROVE', 'Brazil', 'Israel'],
    ['Pakistan summoned the Afghan envoy over the cross-border attack.', 'DISAPPROVE', 'Pakistan', 'Afghanistan'],
    ['Mexico asked the United States to extradite the cartel leader.', 'DEMAND', 'Mexico', 'United States'],
    ['The United Nations urged Ethiopia to allow aid into Tigray.', 'DEMAND', 'United Nations', 'Ethiopia'],
    ['Japan pledged $10 million to help Turkey after the earthquake.', 'AID', 'Japan', 'Turkey'],
    ['India rejected Pakistan\'s offer of talks.', 'REJECT', 'India', 'Pakistan'],
    ['Russia expelled two Estonian diplomats on Wednesday.', 'SANCTION', 'Russia', 'Estonia'],
    ['Hamas released three Israeli hostages on Saturday.', 'CONCEDE', 'Hamas', 'Israel'],
    ['The rebels said they had seized the town of Bunagana from government forces.', 'FIGHT', '', ''],
    ['Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.', 'CONSULT', 'William Ruto', 'Yoweri Museveni'],
    ['France suspended military cooperation with Mali.', 'SANCTION', 'France', 'Mali'],
    ['The Philippine coast guard accused Chinese vessels of ramming its boat.', 'DISAPPROVE', '', 'China'],
    ['Iran seized a Greek tanker in the Strait of Hormuz.', 'COERCE', 'Iran', 'Greece'],
    ['Thousands of Serbians protested against the government in Belgrade.', 'PROTEST', '', 'Serbia'],
    ['Azerbaijan launched an offensive against Armenian separatists in Nagorno-Karabakh.', 'FIGHT', 'Azerbaijan', ''],
    ['The World Health Organization sent medical supplies to Gaza.', 'AID', 'World Health Organization', ''],
    ['The ministry said in a statement that Somali troops had repelled an attack by al-Shabaab fighters on a base in Lower Shabelle.', 'FIGHT', '', ''],
    ['After talks in Cairo, Egypt\'s foreign minister said Israel and Hamas had agreed to a three-day truce.', 'AGREE', 'Israel', ''],
    ['Kenya\'s foreign ministry summoned the Somali ambassador on Tuesday to protest against the detention of three Kenyan fishermen.', 'DISAPPROVE', '', 'Somalia'],
    ['The Pentagon said US forces had struck three Houthi missile launchers in Yemen.', 'FIGHT', 'United States', 'Houthis'],
    ['According to the health ministry, Israeli strikes killed 25 people in Rafah.', 'FIGHT', 'Israel', ''],
    ['The talks, hosted by Turkey in Istanbul, ended without agreement.', 'CONSULT', 'Turkey', ''],
    ['Two days after the coup, the African Union suspended Niger from all its activities.', 'SANCTION', 'African Union', 'Niger'],
    ['Rwanda denied backing the M23 rebels, who seized Goma in January.', 'REJECT', 'Rwanda', ''],
    ['Russian forces, which are backed by Belarus, seized Crimea in 2014.', 'FIGHT', 'Russia', ''],
    ['Washington has accused Beijing of supplying Russia with drone components.', 'DISAPPROVE', 'United States', 'China'],
    ['Sudan\'s army said it had retaken the presidential palace.', 'FIGHT', 'Sudanese Army', ''],
    ['Thailand and Cambodia agreed on Monday to an immediate ceasefire after talks mediated by Malaysia.', 'AGREE', 'Thailand', ''],
  ])('%s → %s by %s on %s', (text, type, actor, target) => {
    expect(hasEvent(run(text), type, actor, target)).toBe(true);
  });
});

describe('participants across sentences: pronouns and descriptions', () => {
  it.each([
    ['The Economic Community of West African States (ECOWAS) met in Abuja on Sunday. The bloc suspended Guinea and froze the assets of its leaders.', 'SANCTION', 'Economic Community of West African States', 'Guinea'],
    ['Al-Shabaab attacked a military base in Somalia on Monday. The group also ambushed a convoy near Mogadishu.', 'FIGHT', 'Al-Shabaab', ''],
    ['Ghana\'s Ministry of Health confirmed 30 cases of cholera. The ministry said it had sent vaccines to the Volta Region.', 'AID', 'Ministry of Health', ''],
    ['Shell said on Tuesday it would sell its Nigerian onshore assets. The company also agreed to pay $50 million to settle a lawsuit.', 'AGREE', 'Shell', ''],
    ['Kenyan President William Ruto arrived in Addis Ababa on Monday. He held talks with Ethiopian Prime Minister Abiy Ahmed.', 'CONSULT', 'William Ruto', 'Abiy Ahmed'],
    ['The Houthis fired two missiles at a tanker in the Red Sea. The rebels said the attack was a response to US strikes.', 'FIGHT', 'Houthis', ''],
    ['Poland closed its border with Belarus on Friday. Warsaw said it would reopen the crossings only if Minsk stopped sending migrants.', 'SANCTION', 'Poland', 'Belarus'],
    ['The International Monetary Fund approved a $3 billion loan to Egypt. The fund said the money would support reforms.', 'AID', 'International Monetary Fund', 'Egypt'],
    ['Police arrested opposition leader Kizza Besigye in Nairobi. He was later charged with treason.', 'COERCE', '', 'Kizza Besigye'],
    ['The United States on Friday imposed sanctions on six Chinese companies accused of supplying Iran with drone parts.', 'SANCTION', 'United States', 'China'],
    ['The European Commission fined Google 2.4 billion euros. Brussels said the company had abused its dominance.', 'SANCTION', 'European Commission', 'Google'],
    ['The European Union met on Monday. ECOWAS leaders gathered in Abuja on Sunday. The bloc suspended Guinea.', 'SANCTION', 'Economic Community of West African States', 'Guinea'],
    ['Haiti recalled its ambassador to the Dominican Republic for consultations.', 'SANCTION', 'Haiti', 'Dominican Republic'],
    ['Mali ordered MINUSMA out in a decree issued on Friday.', 'SANCTION', 'Mali', 'MINUSMA'],
    ['Norway ordered three Russian diplomats out of the country on Wednesday.', 'SANCTION', 'Norway', 'Russia'],
    ['The Russian ambassador was summoned to the Ministry of Foreign Affairs on Monday.', 'DISAPPROVE', 'Ministry of Foreign Affairs', 'Russia'],
    ['Serbian President Aleksandar Vucic met Chinese President Xi Jinping in Belgrade on Tuesday.', 'CONSULT', 'Aleksandar Vucic', 'Xi Jinping'],
    ['Japan\'s prime minister condemned North Korea\'s latest missile launch.', 'DISAPPROVE', 'Japan', 'North Korea'],
    ['The Saudi-led coalition carried out air strikes on Houthi positions in Sanaa.', 'FIGHT', '', 'Houthis'],
    ['Mexican authorities arrested a senior member of the Sinaloa Cartel.', 'COERCE', 'Mexico', ''],
    ['The Kenyan government said it would deport the British activist.', 'COERCE', 'Kenya', ''],
    ['South Africa filed a genocide case against Israel at the International Court of Justice.', 'DISAPPROVE', 'South Africa', 'Israel'],
    ['The opposition called for a general strike on Monday.', 'DEMAND', '', ''],
    ['Poland sent 10,000 troops to its border with Belarus.', 'MOBILIZE', 'Poland', ''],
    ['Ukraine and Russia swapped 200 prisoners of war on Friday.', 'CONCEDE', 'Ukraine', ''],
    ['The European Commission opened an investigation into TikTok.', 'INVESTIGATE', 'European Commission', 'TikTok'],
    ['Gunmen kidnapped 30 passengers from a bus in Zamfara State.', 'ASSAULT', '', ''],
    ['Israel struck targets in Lebanon after Hezbollah fired rockets at northern Israel.', 'FIGHT', 'Hezbollah', 'Israel'],
    ['China\'s coast guard boarded a Philippine supply vessel.', 'COERCE', '', 'Philippines'],
    ['The Pentagon announced $500 million in new weapons for Ukraine.', 'AID', 'Pentagon', 'Ukraine'],
    ['KYIV — Russian forces launched more than 100 drones at Ukraine overnight, the Ukrainian air force said on Sunday.', 'FIGHT', 'Russia', 'Ukraine'],
    ['GAZA CITY — Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Tuesday, local health officials said.', 'FIGHT', 'Israel', ''],
    ['ADDIS ABABA — Ethiopia and Eritrea have agreed to reopen their border crossings, officials from both countries said on Monday.', 'AGREE', 'Ethiopia', ''],
    ['ISLAMABAD — Pakistan\'s army said on Wednesday it had killed 12 militants in a raid on a hideout in North Waziristan.', 'FIGHT', '', ''],
    ['DHAKA — Bangladeshi police fired tear gas at thousands of garment workers demanding higher wages on Monday.', 'COERCE', '', ''],
    ['BRUSSELS — European Union leaders agreed on Thursday to open membership talks with Ukraine and Moldova.', 'AGREE', 'European Union', ''],
    ['WASHINGTON — The United States on Friday imposed sanctions on six Chinese companies accused of supplying Iran with drone parts.', 'SANCTION', 'United States', 'China'],
    ['KHARTOUM — The Rapid Support Forces shelled a displacement camp near El Fasher, killing at least 20 people, aid groups said.', 'FIGHT', 'Rapid Support Forces', ''],
    ['MANILA — The Philippines accused China on Monday of firing water cannon at a Philippine coast guard vessel.', 'DISAPPROVE', 'Philippines', 'China'],
    ['NAIROBI — Kenya\'s president on Tuesday ordered the deployment of troops to quell protests over a finance bill.', 'MOBILIZE', 'Kenya', ''],
    ['TEHRAN — Iran\'s foreign ministry summoned the British ambassador on Saturday over comments by the UK foreign secretary.', 'DISAPPROVE', '', 'United Kingdom'],
    ['North Korea fired a ballistic missile into the Sea of Japan.', 'MOBILIZE', 'North Korea', ''],
    ['The Philippines lodged a diplomatic protest with China.', 'DISAPPROVE', 'Philippines', 'China'],
    ['Algeria recalled its ambassador from Paris.', 'SANCTION', 'Algeria', 'France'],
    ['Greek firefighters evacuated villages as the blaze spread.', 'AID', '', ''],
    ['The European Parliament condemned Azerbaijan\'s offensive.', 'DISAPPROVE', 'European Parliament', 'Azerbaijan'],
    ['Niger\'s junta revoked a military agreement with the United States.', 'REJECT', '', 'United States'],
    ['Mexico and the United States agreed to step up cooperation against fentanyl trafficking.', 'AGREE', 'Mexico', ''],
    ['Kenyan lawmakers approved a bill to send police officers to Haiti.', 'MOBILIZE', '', ''],
    ['The African Union suspended Gabon after the coup.', 'SANCTION', 'African Union', 'Gabon'],
    ['Protesters set fire to the parliament building in Nairobi.', 'PROTEST', '', ''],
    ['China imposed sanctions on three US defence companies over arms sales to Taiwan.', 'SANCTION', 'China', ''],
    ['India and Pakistan agreed to a ceasefire along the Line of Control.', 'AGREE', 'India', ''],
    ['Armenia accused Azerbaijan of violating the ceasefire.', 'DISAPPROVE', 'Armenia', 'Azerbaijan'],
    ['The Netherlands will deliver F-16 fighter jets to Ukraine.', 'AID', 'Netherlands', 'Ukraine'],
    ['The Sudanese army shelled residential areas of Omdurman.', 'FIGHT', '', ''],
    ['Ecuador declared a state of emergency in seven provinces.', 'COERCE', 'Ecuador', ''],
    ['Burkina Faso expelled three French diplomats.', 'SANCTION', 'Burkina Faso', 'France'],
    ['Hungary blocked an EU statement criticising China.', 'REJECT', 'Hungary', ''],
    ['Iran executed two men convicted of spying for Israel.', 'ASSAULT', 'Iran', ''],
    ['Police in Lagos detained 30 protesters on Monday.', 'COERCE', 'Nigeria', ''],
    ['The junta arrested the former prime minister.', 'COERCE', '', ''],
    ['Venezuela freed 10 American prisoners in a swap with the United States.', 'CONCEDE', 'Venezuela', ''],
    ['Israel and Hamas exchanged prisoners on Sunday.', 'CONCEDE', 'Israel', ''],
    ['Saudi Arabia hosted peace talks between Sudan\'s warring parties.', 'CONSULT', 'Saudi Arabia', ''],
    ['The Kremlin denied involvement in the attack.', 'REJECT', 'Kremlin', ''],
    ['Germany announced a new military aid package for Ukraine.', 'AID', 'Germany', 'Ukraine'],
    ['The IMF agreed a $1.2 billion loan with Kenya.', 'AGREE', 'International Monetary Fund', ''],
    ['Turkey threatened to launch a ground operation in northern Syria.', 'THREATEN', 'Turkey', ''],
    ['Ukrainian drones struck an oil refinery in southern Russia.', 'FIGHT', 'Ukraine', 'Russia'],
    ['The United States designated the group a terrorist organisation.', 'SANCTION', 'United States', ''],
    ['Opposition supporters rallied in Caracas against the election result.', 'PROTEST', '', ''],
    ['Workers at the Ford plant walked off the job on Monday.', 'PROTEST', '', ''],
    ['The World Bank suspended lending to Uganda over its anti-gay law.', 'SANCTION', 'World Bank', 'Uganda'],
    ['Beijing conducted live-fire drills around Taiwan.', 'MOBILIZE', 'China', ''],
    ['The president vetoed the bill passed by parliament.', 'REJECT', '', ''],
    ['Authorities in Tehran arrested a French citizen on spying charges.', 'COERCE', 'Iran', 'France'],
    ['The court sentenced former president Jair Bolsonaro to 27 years in prison.', 'COERCE', '', 'Jair Bolsonaro'],
    ['Colombia suspended peace talks with the ELN after the attack.', 'REJECT', 'Colombia', 'National Liberation Army'],
    ['The Taliban banned women from working for NGOs.', 'COERCE', 'Taliban', ''],
    ['Norway\'s foreign ministry condemned the hacking. Russia\'s ambassador was summoned to the ministry and handed a protest note.', 'DISAPPROVE', '', 'Russia'],
  ])('%s → %s by %s on %s', (text, type, actor, target) => {
    expect(hasEvent(run(text), type, actor, target)).toBe(true);
  });
});

describe('diplomatic formulas', () => {
  it('reads "recalled its ambassador for consultations" as no meeting', () => {
    expect(run('Haiti recalled its ambassador to the Dominican Republic for consultations.').events.map((e) => e.type)).not.toContain('CONSULT');
  });
});

