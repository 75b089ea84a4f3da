/** "Georgia": the country by default, the US state when the article places it in the US. */
import { entityByAlias, run } from './helpers';

describe('Georgia, country or US state', () => {
  it('is the US state next to a Georgia (US) city', () => {
    const r = run('Georgia lawmakers approved the budget on Monday, Governor Brian Kemp said in Atlanta.');
    const ga = entityByAlias(r, 'Georgia');
    expect(ga?.key).toBe('LOCATION:curated:us-state-georgia');
    expect(ga?.place?.countryCode).toBe('US');
    expect(ga?.place?.featureType).toBe('REGION');
  });

  it('is the US state next to another US state and nothing Georgian', () => {
    const r = run('Farmers in Texas and Georgia face a drought, officials said.');
    expect(entityByAlias(r, 'Georgia')?.key).toBe('LOCATION:curated:us-state-georgia');
  });

  it('stays the country otherwise', () => {
    expect(entityByAlias(run('Georgia and Armenia signed a deal in Yerevan.'), 'Georgia')?.key).toBe('LOCATION:country:GE');
    const r = run('Washington warned Georgia that the law would hurt ties, officials in Tbilisi said.');
    expect(entityByAlias(r, 'Georgia')?.key).toBe('LOCATION:country:GE');
  });
});
