import { describe, expect, it } from 'vitest';
import { standardInForce } from '../../../shared/standards/catalog';
import { chooseService, choosePriority, chooseTrack } from './choices';
import { newDraft } from './draft';
import { catalog } from './testFixtures';

const draft = newDraft({ regencyCode: '13.72', today: '2026-04-02', officer: 'Rina' });
const solok = standardInForce(catalog, 'dinsos-solok', 'REK-BPJS-GRATIS', '2026-04-02');
const tanggamus = standardInForce(catalog, 'dinsos-tanggamus', 'REK-PBPU-PEMDA', '2026-04-02');

describe('step 1 choices', () => {
  it('takes the only track of a service, and leaves the choice open when there are two', () => {
    expect(chooseService(draft, tanggamus)).toMatchObject({
      serviceCode: 'REK-PBPU-PEMDA',
      trackId: 'utama',
    });
    expect(chooseService(draft, solok)).toMatchObject({
      serviceCode: 'REK-BPJS-GRATIS',
      trackId: '',
    });
  });

  it('makes the applicant of a newborn a parent, and keeps a relationship already chosen', () => {
    const chosen = chooseService(draft, solok);
    expect(chooseTrack(chosen, solok, 'bayiBaruLahir').relationship).toBe('parent');
    expect(chooseTrack(chosen, solok, 'reaktivasi').relationship).toBe('self');
    expect(
      chooseTrack({ ...chosen, relationship: 'guardian' }, solok, 'bayiBaruLahir').relationship,
    ).toBe('guardian');
  });

  it('lets an urgent priority name the reason until the clerk picks another', () => {
    const urgent = choosePriority(draft, 'emergency');
    expect(urgent.reason.kind).toBe('emergency');
    expect(choosePriority(urgent, 'childbirth').reason.kind).toBe('childbirth');
    expect(choosePriority(urgent, 'none').reason.kind).toBe('');
    const picked = { ...urgent, reason: { ...urgent.reason, kind: 'illness' as const } };
    expect(choosePriority(picked, 'chronic').reason.kind).toBe('illness');
  });
});
