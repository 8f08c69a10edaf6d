// A small valid pack for tests that must not depend on the built-in packs' wording.
import { type Pack, PackSchema } from '../../shared/packs/schema';

const l = (en: string) => ({ en, ko: `${en} (ko)` });
const item = (id: string, answerType: Pack['sections'][number]['items'][number]['answerType'] = { kind: 'standard' }) => ({
  id,
  question: l(`Question ${id}?`),
  guidance: l('Look at the records.'),
  answerType,
  references: [{ instrument: 'act', provision: 'Art. 1' }],
  riskHint: l('Harm follows.'),
  severityHint: 3,
  measures: [{ control: 'organise' as const, text: l('Agree a procedure.') }],
});

export function miniPack(id = 'mini', version = 1): Pack {
  return PackSchema.parse({
    format: 'jointcheck-pack',
    formatVersion: 1,
    id,
    version,
    domain: 'surveillance',
    title: l('Mini pack'),
    description: l('For tests.'),
    instruments: [{ id: 'act', title: l('An Act'), citation: 'Act 1 of 2000' }],
    sections: [
      {
        id: 'one',
        title: l('One'),
        items: [
          item('m-01'),
          item('m-02'),
          item('m-03', { kind: 'choice', options: [{ id: 'fine', label: l('Fine'), concern: false }, { id: 'bad', label: l('Bad'), concern: true }] }),
          item('m-04', { kind: 'number' }),
        ],
      },
    ],
  });
}
