import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Language } from '../../../contracts/roles.ts';
import type { PlanStepStatus } from '../../../contracts/plans.ts';
import type { StoredGoal } from './plans.rules.ts';

// The printable individual action plan, for the person to read and sign. The standard PDF
// fonts have no ą č ę ė į š ų ū ž, so DejaVu Sans is embedded (only the glyphs used).
// The person's own copy shows their birth date, never the personal code.

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  });

const TEXTS = {
  lt: {
    title: 'Individualus veiklos planas',
    participant: 'Dalyvis (-ė)',
    birthDate: 'Gimimo data',
    programme: 'Programa',
    organisation: 'Organizacija',
    caseManager: 'Atvejo vadybininkas (-ė)',
    contact: 'Kontaktai',
    version: 'Plano versija',
    printedOn: 'Išspausdinta',
    agreement: 'Asmens sutikimas',
    notAgreed: 'dar negautas',
    goals: 'Tikslai ir žingsniai',
    service: 'Paslauga',
    responsible: 'Atsakingas (-a)',
    dueOn: 'Terminas',
    status: 'Būsena',
    statuses: { planned: 'suplanuota', in_progress: 'vykdoma', done: 'atlikta', dropped: 'atsisakyta' },
    statement: 'Su individualiu veiklos planu susipažinau, jam pritariu ir įsipareigoju jį vykdyti.',
    signature: 'vardas, pavardė, parašas, data',
    page: (page: number, pages: number) => `Puslapis ${page} iš ${pages}`,
  },
  en: {
    title: 'Individual action plan',
    participant: 'Participant',
    birthDate: 'Date of birth',
    programme: 'Programme',
    organisation: 'Organisation',
    caseManager: 'Case manager',
    contact: 'Contact',
    version: 'Plan version',
    printedOn: 'Printed on',
    agreement: 'Person\'s agreement',
    notAgreed: 'not given yet',
    goals: 'Goals and steps',
    service: 'Service',
    responsible: 'Responsible',
    dueOn: 'Due',
    status: 'Status',
    statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
    statement: 'I have read this individual action plan, I agree to it and undertake to follow it.',
    signature: 'name, signature, date',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
} as const satisfies Record<Language, unknown>;

/** "2026 m. gruodžio 1 d." / "1 December 2026": dates as they are written in a letter. */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'lt' ? 'lt-LT' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export interface PrintablePlan {
  language: Language;
  participantName: string;
  birthDate: string | null;
  programme: string;
  organisation: string;
  organisationContact: string;
  caseManagerName: string | null;
  caseManagerEmail: string | null;
  goals: readonly StoredGoal[];
  serviceName: (key: string) => string;
  personName: (userId: string) => string;
  version: number;
  agreedOn: string | null;
  printedOn: string;
}

const MARGIN = 56;
const GREY = '#444444';

export function renderPlanPdf(plan: PrintablePlan): Promise<Buffer> {
  const text = TEXTS[plan.language];
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: plan.language === 'lt' ? 'lt-LT' : 'en-GB',
    displayTitle: true,
    info: { Title: `${text.title} – ${plan.participantName}`, Author: plan.organisation, Subject: text.title, CreationDate: new Date() },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font('regular').fontSize(10).fillColor(GREY).text(plan.organisation);
  doc.moveDown(0.5);
  doc.font('bold').fontSize(18).fillColor('black').text(text.title);
  doc.moveDown(0.6);

  const fact = (label: string, value: string) => {
    doc.font('bold').fontSize(10.5).text(`${label}: `, { continued: true }).font('regular').text(value);
    doc.moveDown(0.15);
  };
  fact(text.participant, plan.participantName);
  if (plan.birthDate) fact(text.birthDate, longDate(plan.birthDate, plan.language));
  fact(text.programme, plan.programme);
  fact(text.organisation, plan.organisation + (plan.organisationContact ? ` (${plan.organisationContact})` : ''));
  if (plan.caseManagerName) fact(text.caseManager, plan.caseManagerName + (plan.caseManagerEmail ? `, ${plan.caseManagerEmail}` : ''));
  fact(text.version, String(plan.version));
  fact(text.agreement, plan.agreedOn ? longDate(plan.agreedOn, plan.language) : text.notAgreed);
  fact(text.printedOn, longDate(plan.printedOn, plan.language));

  /** A numbered paragraph with its number in a column of its own, so wrapped lines align with the text. */
  const numbered = (number: string, body: string, indent: number, numberWidth: number, font: () => void) => {
    font();
    const y = doc.y;
    doc.fillColor('black').text(number, MARGIN + indent, y, { width: numberWidth, lineBreak: false });
    doc.text(body, MARGIN + indent + numberWidth, y, { width: width - indent - numberWidth });
  };

  doc.moveDown(0.8);
  doc.font('bold').fontSize(14).text(text.goals);
  doc.moveDown(0.4);
  plan.goals.forEach((goal, g) => {
    // Keep a goal's heading with its first step.
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
    numbered(`${g + 1}.`, goal.text, 0, 20, () => doc.font('bold').fontSize(12));
    doc.moveDown(0.3);
    goal.steps.forEach((step, s) => {
      numbered(`${g + 1}.${s + 1}.`, step.text, 20, 32, () => doc.font('regular').fontSize(10.5));
      const details = [
        step.serviceKey ? `${text.service}: ${plan.serviceName(step.serviceKey)}` : null,
        step.responsibleUserId ? `${text.responsible}: ${plan.personName(step.responsibleUserId)}` : null,
        step.dueOn ? `${text.dueOn}: ${longDate(step.dueOn, plan.language)}` : null,
        `${text.status}: ${text.statuses[step.status as PlanStepStatus]}`,
      ].filter((part): part is string => part !== null);
      doc.fontSize(9.5).fillColor(GREY).text(details.join(' · '), MARGIN + 52, undefined, { width: width - 52 });
      doc.moveDown(0.35);
    });
    doc.x = MARGIN;
    doc.moveDown(0.5);
  });

  // The signatures stay together on one page.
  if (doc.y > doc.page.height - MARGIN - 190) doc.addPage();
  doc.moveDown(1);
  doc.font('regular').fontSize(10.5).fillColor('black').text(text.statement, MARGIN, undefined, { width });
  const signature = (role: string, name: string | null) => {
    doc.moveDown(2.2);
    const y = doc.y;
    doc.font('bold').fontSize(10.5).text(role, MARGIN, y, { width: 150 });
    doc.moveTo(MARGIN + 160, y + 12).lineTo(MARGIN + width, y + 12).lineWidth(0.7).strokeColor('black').stroke();
    doc.font('regular').fontSize(8.5).fillColor(GREY).text(name ? `${name} (${text.signature})` : `(${text.signature})`, MARGIN + 160, y + 16, { width: width - 160 });
    doc.fillColor('black');
    doc.x = MARGIN;
  };
  signature(text.participant, plan.participantName);
  signature(text.caseManager, plan.caseManagerName);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing in the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8.5).fillColor(GREY).text(
      `${text.title} · ${plan.participantName} · ${text.version.toLowerCase()} ${plan.version} · ${text.page(i + 1, range.count)}`,
      MARGIN, doc.page.height - MARGIN + 20, { width, align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
