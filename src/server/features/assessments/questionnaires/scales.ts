import type { Localised, ScaleQuestion } from '../../../../contracts/assessments.ts';

// Answer scales the questionnaires share: five points, every point labelled in words,
// so nobody has to guess what "3" means. Part of each questionnaire version that uses
// them: change a label here only together with a new version of those questionnaires.

type Anchors = ScaleQuestion['anchors'];

const five = (labels: [Localised, Localised, Localised, Localised, Localised]): Anchors =>
  labels.map((label, index) => ({ value: index + 1, label }));

/** How far the person agrees with a statement. */
export const AGREE = five([
  { lt: 'Visiškai nesutinku', en: 'Strongly disagree' },
  { lt: 'Nesutinku', en: 'Disagree' },
  { lt: 'Nei sutinku, nei nesutinku', en: 'Neither agree nor disagree' },
  { lt: 'Sutinku', en: 'Agree' },
  { lt: 'Visiškai sutinku', en: 'Strongly agree' },
]);

/** How well the person can do something. */
export const ABILITY = five([
  { lt: 'Visai nemoku', en: 'Not at all' },
  { lt: 'Prastai', en: 'Poorly' },
  { lt: 'Vidutiniškai', en: 'Fairly well' },
  { lt: 'Gerai', en: 'Well' },
  { lt: 'Labai gerai', en: 'Very well' },
]);

/** How much something gets in the way. */
export const EXTENT = five([
  { lt: 'Visai ne', en: 'Not at all' },
  { lt: 'Šiek tiek', en: 'A little' },
  { lt: 'Vidutiniškai', en: 'Moderately' },
  { lt: 'Smarkiai', en: 'A lot' },
  { lt: 'Labai smarkiai', en: 'Very much' },
]);

/** How often something happens. */
export const FREQUENCY = five([
  { lt: 'Niekada', en: 'Never' },
  { lt: 'Retai', en: 'Rarely' },
  { lt: 'Kartais', en: 'Sometimes' },
  { lt: 'Dažnai', en: 'Often' },
  { lt: 'Visada', en: 'Always' },
]);

/** A five-point question: the common fields filled in. */
export function scale(key: string, anchors: Anchors, direction: ScaleQuestion['direction'], text: Localised, extra: Partial<ScaleQuestion> = {}): ScaleQuestion {
  return { key, type: 'scale', text, required: true, min: 1, max: 5, anchors, direction, ...extra };
}
