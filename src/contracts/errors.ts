import type { Language } from './roles.ts';

// Stable error codes. Clients act on the code; the message is for people and comes
// in the user's language. Add a code here, never reuse one for another meaning.
export const ERROR_MESSAGES = {
  'AUTH.INVALID_CREDENTIALS': {
    lt: 'Neteisingas el. pašto adresas arba slaptažodis.',
    en: 'Incorrect e-mail address or password.',
  },
  'AUTH.TOO_MANY_ATTEMPTS': {
    lt: 'Per daug nesėkmingų bandymų prisijungti. Bandykite vėl po {{minutes}} min.',
    en: 'Too many failed sign-in attempts. Try again in {{minutes}} minutes.',
  },
  'AUTH.REQUIRED': {
    lt: 'Prisijunkite, kad galėtumėte tęsti.',
    en: 'Please sign in to continue.',
  },
  'AUTH.CSRF_FAILED': {
    lt: 'Puslapis pasenęs. Atnaujinkite jį ir bandykite dar kartą.',
    en: 'This page is out of date. Reload it and try again.',
  },
  'AUTH.WRONG_CURRENT_PASSWORD': {
    lt: 'Dabartinis slaptažodis neteisingas.',
    en: 'The current password is not correct.',
  },
  'ACCESS.FORBIDDEN': {
    lt: 'Neturite teisės atlikti šio veiksmo.',
    en: 'You do not have permission to do this.',
  },
  'RESOURCE.NOT_FOUND': {
    lt: 'Įrašas nerastas.',
    en: 'The record was not found.',
  },
  'ROUTE.NOT_FOUND': {
    lt: 'Tokio adreso nėra.',
    en: 'There is no such address.',
  },
  'REQUEST.MALFORMED': {
    lt: 'Užklausos turinys netinkamas (ne JSON).',
    en: 'The request body is not valid JSON.',
  },
  'REQUEST.TOO_LARGE': {
    lt: 'Užklausa per didelė.',
    en: 'The request is too large.',
  },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    lt: 'Šis turinio tipas nepriimamas.',
    en: 'This content type is not accepted.',
  },
  'VALIDATION.FAILED': {
    lt: 'Patikrinkite pažymėtus laukus.',
    en: 'Check the highlighted fields.',
  },
  'RECORD.CHANGED': {
    lt: 'Kol redagavote, įrašą pakeitė kitas naudotojas. Atnaujinkite puslapį ir pakeiskite dar kartą.',
    en: 'Someone else changed this record while you were editing. Reload it and make your change again.',
  },
  'USER.EMAIL_TAKEN': {
    lt: 'Naudotojas su šiuo el. pašto adresu jau yra.',
    en: 'A user with this e-mail address already exists.',
  },
  'USER.OWN_ACCESS': {
    lt: 'Negalite išjungti savo paskyros ar atimti sau administratoriaus teisių.',
    en: 'You cannot deactivate your own account or remove your own administrator role.',
  },
  'CENTRE.COORDINATOR_NOT_MEMBER': {
    lt: 'Koordinatorius turi būti šios organizacijos darbuotojas.',
    en: 'The coordinator must be a staff member of this organisation.',
  },
  'SERVICE.UNAVAILABLE': {
    lt: 'Duomenų bazė nepasiekiama.',
    en: 'The database cannot be reached.',
  },
  'PARTICIPANT.INVALID_PERSONAL_CODE': {
    lt: 'Asmens kodas neteisingas. Patikrinkite pažymėtus laukus.',
    en: 'The personal code is not valid. Check the highlighted fields.',
  },
  'PARTICIPANT.DUPLICATE_CODE': {
    lt: 'Asmuo su šiuo asmens kodu jau užregistruotas. Atidarykite esamą įrašą.',
    en: 'A person with this personal code is already registered. Open the existing record.',
  },
  'PARTICIPANT.POSSIBLE_DUPLICATE': {
    lt: 'Jau užregistruotas asmuo tuo pačiu vardu, pavarde ir gimimo data. Patikrinkite, ar tai ne tas pats žmogus; jei ne, patvirtinkite registraciją.',
    en: 'A person with the same name and date of birth is already registered. Check that this is not the same person; if not, confirm the registration.',
  },
  'PARTICIPANT.NO_SPECIAL_DATA_BASIS': {
    lt: 'Specialių kategorijų duomenims įrašyti reikia galiojančio sutikimo ar kito teisinio pagrindo (tikslas „Specialių kategorijų duomenys“).',
    en: 'Recording special-category data needs a live consent or other legal basis for the purpose "special-category data".',
  },
  'CONSENT.ALREADY_WITHDRAWN': {
    lt: 'Šis sutikimas jau atšauktas.',
    en: 'This consent has already been withdrawn.',
  },
  'SCREENING.NO_RULES_IN_FORCE': {
    lt: 'Šiai datai programa neturi galiojančių tinkamumo taisyklių (pirmosios galioja nuo {{firstFrom}}).',
    en: 'The programme has no eligibility rules in force on this date (the first apply from {{firstFrom}}).',
  },
  'ENROLMENT.NOT_ELIGIBLE': {
    lt: 'Asmuo neatitinka programos tinkamumo sąlygų (patikros rezultatas: {{result}}). Įtraukti galima tik nurodžius priežastį, jei turite teisę daryti išimtį.',
    en: 'The person does not meet the programme\'s eligibility rules (screening result: {{result}}). They can only be enrolled with a reason, by a role allowed to make exceptions.',
  },
  'ENROLMENT.ALREADY_ACTIVE': {
    lt: 'Asmuo jau dalyvauja šioje programoje arba laukia eilėje.',
    en: 'The person is already enrolled in this programme or on its waiting list.',
  },
  'ENROLMENT.NOT_ACTIVE': {
    lt: 'Šis dalyvavimas jau baigtas.',
    en: 'This enrolment has already ended.',
  },
  'IMPORT.FILE_TOO_LARGE': {
    lt: 'Failas per didelis: daugiausia {{maxMb}} MB. Padalykite jį į kelis failus.',
    en: 'The file is too large: at most {{maxMb}} MB. Split it into several files.',
  },
  'IMPORT.UNREADABLE_FILE': {
    lt: 'Failo nepavyko perskaityti: tai ne CSV tekstas (UTF-8 ar Windows-1257) ir ne XLSX failas. Excel programoje išsaugokite jį kaip „CSV UTF-8“ arba „Excel darbaknygė (.xlsx)“.',
    en: 'The file cannot be read: it is neither CSV text (UTF-8 or Windows-1257) nor an XLSX file. In Excel, save it as "CSV UTF-8" or "Excel Workbook (.xlsx)".',
  },
  'IMPORT.OLD_EXCEL_FORMAT': {
    lt: 'Senojo formato Excel failai (.xls) nepriimami. Excel programoje išsaugokite failą kaip „Excel darbaknygė (.xlsx)“ arba „CSV UTF-8“.',
    en: 'Old-format Excel files (.xls) are not accepted. In Excel, save the file as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
  },
  'IMPORT.DAMAGED_XLSX': {
    lt: 'XLSX failas sugadintas arba neperskaitomas. Atidarykite jį Excel programoje ir išsaugokite iš naujo.',
    en: 'The XLSX file is damaged or cannot be read. Open it in Excel and save it again.',
  },
  'IMPORT.EMPTY_FILE': {
    lt: 'Faile nėra duomenų: pirmoje eilutėje turi būti stulpelių pavadinimai, toliau – po vieną asmenį eilutėje.',
    en: 'The file holds no data: the first row must name the columns, then one person per row.',
  },
  'IMPORT.TOO_MANY_ROWS': {
    lt: 'Faile per daug eilučių: daugiausia {{max}}. Padalykite jį į kelis failus.',
    en: 'The file has too many rows: at most {{max}}. Split it into several files.',
  },
  'IMPORT.WRONG_COLUMNS': {
    lt: 'Netinkami failo stulpeliai (1-oji eilutė). Nežinomi stulpeliai: {{unknown}}. Trūksta stulpelių: {{missing}}. Pasikartojantys: {{repeated}}. Niekas neimportuota.',
    en: 'The file\'s columns are not right (row 1). Unknown columns: {{unknown}}. Missing columns: {{missing}}. Repeated: {{repeated}}. Nothing was imported.',
  },
  'IMPORT.CONFLICT': {
    lt: 'Importuojant kitas naudotojas užregistravo ar pakeitė tuos pačius asmenis. Niekas neimportuota; paleiskite importą dar kartą.',
    en: 'Someone else registered or changed the same people during the import. Nothing was imported; run the import again.',
  },
  // Cases (issue 4): the message names the stage and what is missing (contracts/cases.ts TRANSITION_REFUSALS).
  'CASE.TRANSITION_NOT_ALLOWED': {
    lt: 'Perkelti į etapą „{{stageLt}}“ negalima: {{missingLt}}.',
    en: 'Cannot move to {{stageEn}}: {{missingEn}}.',
  },
  'CASE.OPEN': {
    lt: 'Asmens atvejis šioje programoje dar atviras. Dalyvavimą baikite atvejo puslapyje, įrašę rezultatą.',
    en: 'The person\'s case in this programme is still open. Record the outcome on the case page to end the participation.',
  },
  'CASE.CLOSED': {
    lt: 'Atvejis uždarytas: naujų vertinimų, plano pakeitimų, paslaugų ar susitikimų įrašyti negalima. Jei atvejis uždarytas per klaidą, atnaujinkite jį nurodę priežastį.',
    en: 'The case is closed: no new assessments, plan changes, services or appointments can be recorded. If it was closed by mistake, reopen it with a reason.',
  },
  'PLAN.NO_GOALS': {
    lt: 'Individualiame veiklos plane dar nėra tikslų: pirmiausia įrašykite bent vieną tikslą, tada pažymėkite, kad asmuo su planu sutiko.',
    en: 'The individual action plan has no goals yet: save at least one goal first, then record that the person agreed to it.',
  },
  // Appointments and services (issue 4): the clash names whose time is taken and when.
  'APPOINTMENT.CLASH': {
    lt: 'Laikas užimtas: {{name}} jau turi kitą susitikimą {{when}}. Pasirinkite kitą laiką.',
    en: 'That time is taken: {{name}} already has another appointment {{when}}. Choose another time.',
  },
  'APPOINTMENT.NOT_CHANGEABLE': {
    lt: 'Atšaukto ar jau įvykusio susitikimo laiko ir vietos keisti negalima. Užregistruokite naują susitikimą.',
    en: 'A cancelled or past appointment cannot be moved. Book a new appointment.',
  },
  'SERVICE.REMOVAL_NOT_ALLOWED': {
    lt: 'Paslaugos įrašą ištrinti gali jo autorius tą pačią dieną, kai jį užregistravo. Vėliau – tik atvejo vadybininkas, nurodęs priežastį.',
    en: 'A logged service can be removed by its author on the day it was logged. After that, only a case manager can remove it, giving a reason.',
  },
  // Assessments (issue 4): the unanswered questions are named by their numbers in the form ("2.1, 5.3").
  'ASSESSMENT.COMPLETED': {
    lt: 'Užbaigto vertinimo keisti negalima. Jei padėtis pasikeitė, pradėkite naują vertinimą.',
    en: 'A completed assessment cannot be changed. If things have changed, start a new assessment.',
  },
  'ASSESSMENT.UNANSWERED': {
    lt: 'Vertinimo dar negalima užbaigti: neatsakyta į privalomus klausimus {{questions}}.',
    en: 'The assessment cannot be completed yet: required questions {{questions}} are not answered.',
  },
  // Matching (issue 5, decision 0032).
  'MATCHING.NO_JOB_MEDIATION_CONSENT': {
    lt: 'Asmuo nedavė sutikimo dėl tarpininkavimo įdarbinant, todėl laisvų darbo vietų jam parinkti negalima. Įrašykite sutikimą, jei asmuo jį duoda.',
    en: 'The person has not consented to job mediation, so vacancies cannot be matched for them. Record the consent if the person gives it.',
  },
  'MATCHING.NO_VOCATIONAL_PROFILE': {
    lt: 'Asmens profesiniame profilyje dar nėra norimų darbų ar darbo patirties, todėl laisvų darbo vietų parinkti negalima. Pirmiausia užpildykite profesinį profilį.',
    en: 'The person\'s vocational profile has no target jobs or work experience yet, so vacancies cannot be matched. Fill in the vocational profile first.',
  },
  // Supported employment (issue 5, decision 0031): the refusal names the stage and what is missing.
  'SUPPORTED_EMPLOYMENT.ALREADY_STARTED': {
    lt: 'Šiame atvejyje remiamo įdarbinimo procesas jau pradėtas.',
    en: 'The supported-employment process has already been started in this case.',
  },
  'SUPPORTED_EMPLOYMENT.NOT_STARTED': {
    lt: 'Šiame atvejyje remiamo įdarbinimo procesas dar nepradėtas.',
    en: 'The supported-employment process has not been started in this case.',
  },
  'SUPPORTED_EMPLOYMENT.ENDED': {
    lt: 'Remiamo įdarbinimo procesas baigtas: etapo keisti negalima. Jei jis baigtas per klaidą, ištrinkite pabaigos datą.',
    en: 'The supported-employment process has ended: its stage cannot change. If it was ended by mistake, clear the end date.',
  },
  'SUPPORTED_EMPLOYMENT.TRANSITION_NOT_ALLOWED': {
    lt: 'Pereiti į remiamo įdarbinimo etapą „{{stageLt}}“ negalima: {{missingLt}}.',
    en: 'Cannot move to the supported-employment stage {{stageEn}}: {{missingEn}}.',
  },
  // Placements (issue 5, decision 0034).
  'PLACEMENT.FOLLOW_UP_RECORDED': {
    lt: 'Ši stebėsena jau įrašyta.',
    en: 'This follow-up has already been recorded.',
  },
  'PLACEMENT.ENDED': {
    lt: 'Šis įdarbinimas jau baigtas.',
    en: 'This placement has already ended.',
  },
  'TASK.RECORD_ON_PLACEMENT': {
    lt: 'Stebėsenos po įdarbinimo užduotis atliekama įrašant rezultatą įdarbinimo puslapyje (ar asmuo vis dar dirba).',
    en: 'A follow-up after placement is done by recording its answer on the placement page (is the person still employed).',
  },
  // Employers (issue 5, decision 0030): the message names the employer that already has the code.
  'EMPLOYER.DUPLICATE_COMPANY_CODE': {
    lt: 'Darbdavys su šiuo įmonės kodu jau yra: {{name}}. Atidarykite esamą įrašą.',
    en: 'An employer with this company code already exists: {{name}}. Open the existing record.',
  },
  INTERNAL: {
    lt: 'Įvyko nenumatyta klaida. Niekas neišsaugota. Bandykite dar kartą, o jei nepavyks, praneškite administratoriui.',
    en: 'Something went wrong. Nothing was saved. Try again, and tell your administrator if it happens again.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

// Messages for one field of a form that failed validation.
export const FIELD_MESSAGES = {
  required: { lt: 'Užpildykite šį lauką.', en: 'Fill in this field.' },
  too_short: { lt: 'Per trumpa: mažiausiai {{min}} simbolių.', en: 'Too short: at least {{min}} characters.' },
  too_long: { lt: 'Per ilga: daugiausia {{max}} simbolių.', en: 'Too long: at most {{max}} characters.' },
  blank: { lt: 'Negali būti tik tarpai.', en: 'Cannot be only spaces.' },
  email: { lt: 'Įrašykite el. pašto adresą, pvz., vardas@savivaldybe.lt.', en: 'Enter an e-mail address, e.g. name@municipality.lt.' },
  date: { lt: 'Įrašykite datą formatu MMMM-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  too_small: { lt: 'Mažiausia reikšmė: {{min}}.', en: 'The smallest value is {{min}}.' },
  too_large: { lt: 'Didžiausia reikšmė: {{max}}.', en: 'The largest value is {{max}}.' },
  choice: { lt: 'Pasirinkite vieną iš siūlomų reikšmių.', en: 'Choose one of the offered values.' },
  unknown_field: { lt: 'Toks laukas nepriimamas.', en: 'This field is not accepted.' },
  invalid: { lt: 'Netinkama reikšmė.', en: 'This value is not valid.' },
  personal_code_length: { lt: 'Asmens kodas turi būti 11 skaitmenų.', en: 'A personal code has 11 digits.' },
  personal_code_digits: { lt: 'Asmens kode gali būti tik skaitmenys (be tarpų ir raidžių).', en: 'A personal code has digits only (no spaces or letters).' },
  personal_code_century: { lt: 'Pirmas asmens kodo skaitmuo turi būti nuo 1 iki 6 (arba 9).', en: 'The first digit of a personal code is 1 to 6 (or 9).' },
  personal_code_date: { lt: 'Asmens kode įrašyta gimimo data neegzistuoja arba yra ateityje.', en: 'The date of birth in the personal code does not exist or is in the future.' },
  personal_code_checksum: { lt: 'Kontrolinis skaitmuo neteisingas — patikrinkite, ar neapsirikote rašydami.', en: 'The check digit is wrong — check for a typing mistake.' },
  birth_date_mismatch: { lt: 'Gimimo data nesutampa su asmens kodu ({{fromCode}}).', en: 'The date of birth does not match the personal code ({{fromCode}}).' },
  sex_mismatch: { lt: 'Lytis nesutampa su asmens kodu.', en: 'The sex does not match the personal code.' },
  date_in_future: { lt: 'Data negali būti ateityje.', en: 'The date cannot be in the future.' },
  before_birth: { lt: 'Data negali būti ankstesnė už gimimo datą ({{birthDate}}).', en: 'The date cannot be before the date of birth ({{birthDate}}).' },
  before_given: { lt: 'Atšaukimo data negali būti ankstesnė už sutikimo datą ({{givenOn}}).', en: 'The withdrawal date cannot be before the date consent was given ({{givenOn}}).' },
  not_receiving_assistance: { lt: 'Nurodykite, kad asmuo gauna socialinę paramą, arba palikite datą tuščią.', en: 'Mark that the person receives social assistance, or leave the date empty.' },
  file_too_large: { lt: 'Failas per didelis: daugiausia {{maxMb}} MB.', en: 'The file is too large: at most {{maxMb}} MB.' },
  file_type: { lt: 'Priimami tik PDF, JPEG ir PNG failai.', en: 'Only PDF, JPEG and PNG files are accepted.' },
  only_with_minority: { lt: 'Grupę nurodykite tik tada, kai asmuo priklauso mažumai.', en: 'Name the group only when the person belongs to a minority.' },
  file_encoding: { lt: 'Failo turinys sugadintas (netinkamas base64).', en: 'The file content is damaged (not valid base64).' },
  no_branches: { lt: 'Sąlygų grupėje turi būti bent viena sąlyga.', en: 'A group of conditions needs at least one condition.' },
  min_above_max: { lt: 'Mažiausia reikšmė ({{min}}) didesnė už didžiausią ({{max}}).', en: 'The minimum ({{min}}) is greater than the maximum ({{max}}).' },
  unknown_rule: { lt: 'Nežinoma sąlygos rūšis „{{kind}}“.', en: 'Unknown kind of condition "{{kind}}".' },
  before_start: { lt: 'Data negali būti ankstesnė už pradžios datą ({{start}}).', en: 'The date cannot be before the start date ({{start}}).' },
  unknown_template: { lt: 'Tokio programos šablono nėra.', en: 'There is no such programme template.' },
  below_enrolled: { lt: 'Programoje jau dalyvauja {{enrolled}} asm., todėl vietų negali būti mažiau.', en: '{{enrolled}} people are already enrolled, so there cannot be fewer places.' },
  not_member: { lt: 'Šis naudotojas nėra programos organizacijos darbuotojas.', en: 'This user is not a staff member of the programme\'s organisation.' },
  not_case_manager: { lt: 'Šis naudotojas nėra organizacijos atvejo vadybininkas.', en: 'This user is not a case manager of the organisation.' },
  same_case_manager: { lt: 'Šis naudotojas jau yra atvejo vadybininkas.', en: 'This user is already the case manager.' },
  only_when_closing: { lt: 'Rezultatą nurodykite tik uždarydami atvejį.', en: 'Give the outcome only when closing the case.' },
  centre_not_in_organisation: { lt: 'Šis centras nepriklauso programos organizacijai.', en: 'This centre does not belong to the programme\'s organisation.' },
  import_date: { lt: 'Neatpažinta data: rašykite MMMM-MM-DD (pvz., 2024-05-21) arba MMMM.MM.DD.', en: 'Unrecognised date: write YYYY-MM-DD (e.g. 2024-05-21) or YYYY.MM.DD.' },
  import_yes_no: { lt: 'Rašykite „taip“ arba „ne“ (arba 1 / 0).', en: 'Write "yes" or "no" (or 1 / 0).' },
  import_sex: { lt: 'Rašykite „moteris“, „vyras“ arba „nebinarinis“ (arba M / V).', en: 'Write "female", "male" or "non-binary" (or F / M).' },
  import_labour_market_status: { lt: 'Neatpažinta padėtis: bedarbis, ilgalaikis bedarbis, neaktyvus, dirbantis, savarankiškai dirbantis arba besimokantis.', en: 'Unrecognised status: unemployed, long-term unemployed, inactive, employed, self-employed or in education.' },
  import_isced: { lt: 'Išsilavinimo lygis – skaičius nuo 0 iki 8 (ISCED).', en: 'The education level is a number from 0 to 8 (ISCED).' },
  import_languages: { lt: 'Kalbas rašykite dviejų raidžių kodais, atskirtais kableliais (pvz., lt, ru).', en: 'Write languages as two-letter codes separated by commas (e.g. lt, ru).' },
  import_codes: { lt: 'Rašykite kodus mažosiomis raidėmis, atskirtus kableliais (pvz., long_term_unemployed).', en: 'Write codes in lower case separated by commas (e.g. long_term_unemployed).' },
  import_extra_cells: { lt: 'Eilutėje daugiau langelių nei stulpelių ({{columns}}) – gal reikšmėje yra skirtukas be kabučių?', en: 'The row has more cells than there are columns ({{columns}}) – is there a delimiter in a value without quotes?' },
  import_same_code_in_file: { lt: 'Tas pats asmens kodas jau yra {{row}} eilutėje.', en: 'The same personal code is already in row {{row}}.' },
  import_possible_duplicate: { lt: 'Jau užregistruotas asmuo tuo pačiu vardu, pavarde ir gimimo data. Įrašykite asmens kodą arba registruokite asmenį rankiniu būdu.', en: 'A person with the same name and date of birth is already registered. Add the personal code, or register the person by hand.' },
  import_possible_duplicate_in_file: { lt: 'Tas pats vardas, pavardė ir gimimo data jau yra {{row}} eilutėje. Įrašykite asmens kodus arba registruokite asmenį rankiniu būdu.', en: 'The same name and date of birth are already in row {{row}}. Add the personal codes, or register the person by hand.' },
  unknown_service: { lt: 'Tokios paslaugos kataloge nėra arba ji nebeteikiama.', en: 'There is no such service in the catalogue, or it is no longer offered.' },
  not_case_team: { lt: 'Šis naudotojas nėra atvejo komandos narys.', en: 'This user is not a member of the case team.' },
  before_case_opened: { lt: 'Data negali būti ankstesnė už atvejo pradžią ({{openedOn}}).', en: 'The date cannot be before the case was opened ({{openedOn}}).' },
  start_in_past: { lt: 'Pradžia negali būti praeityje.', en: 'The start cannot be in the past.' },
  end_not_after_start: { lt: 'Pabaiga turi būti vėliau už pradžią.', en: 'The end must be after the start.' },
  appointment_too_long: { lt: 'Susitikimas negali būti ilgesnis nei {{hours}} val.', en: 'An appointment cannot be longer than {{hours}} hours.' },
  centre_other_organisation: { lt: 'Šis centras priklauso kitai organizacijai.', en: 'This centre belongs to another organisation.' },
  not_organisation_staff: { lt: 'Šis naudotojas nėra organizacijos darbuotojas.', en: 'This user is not a staff member of the organisation.' },
  case_not_available: { lt: 'Šio atvejo nėra arba jame negalite registruoti paslaugų.', en: 'This case does not exist, or you cannot log services in it.' },
  time_taken: { lt: 'Šis laikas užimtas.', en: 'This time is taken.' },
  not_started_yet: { lt: 'Susitikimas dar neprasidėjo: tai, ar jis įvyko, pažymėkite nuo jo pradžios.', en: 'The appointment has not started yet: record whether it was held once it has started.' },
  range_too_long: { lt: 'Laikotarpis negali būti ilgesnis nei {{days}} d.', en: 'The period cannot be longer than {{days}} days.' },
  reason_required: { lt: 'Nurodykite priežastį.', en: 'Give a reason.' },
  due_in_past: { lt: 'Terminas negali būti praeityje.', en: 'The due date cannot be in the past.' },
  follow_up_not_expected: { lt: 'Rezultatus po 6 mėnesių nurodykite tik atlikdami 6 mėnesių stebėsenos užduotį.', en: 'Give the 6-month results only when completing a 6-month follow-up task.' },
  number: { lt: 'Įrašykite skaičių.', en: 'Enter a number.' },
  whole_number: { lt: 'Įrašykite sveikąjį skaičių.', en: 'Enter a whole number.' },
  yes_or_no: { lt: 'Pasirinkite „Taip“ arba „Ne“.', en: 'Choose "Yes" or "No".' },
  unanswered: { lt: 'Atsakykite į šį klausimą.', en: 'Answer this question.' },
  company_code: { lt: 'Įmonės kodas turi būti 9 skaitmenys.', en: 'A company code has 9 digits.' },
  not_job_coach: { lt: 'Šis naudotojas nėra organizacijos įdarbinimo tarpininkas.', en: 'This user is not a job coach of the organisation.' },
  closes_before_opens: { lt: 'Darbo vieta negali užsidaryti anksčiau, nei atsidaro ({{opensOn}}).', en: 'A vacancy cannot close before it opens ({{opensOn}}).' },
  wage_max_below_min: { lt: 'Didžiausias atlyginimas negali būti mažesnis už mažiausią ({{min}}).', en: 'The highest wage cannot be lower than the lowest ({{min}}).' },
  unknown_occupation: { lt: 'Tokios profesijos (ISCO-08 4 skaitmenų grupės) nėra. Pasirinkite iš sąrašo.', en: 'There is no such occupation (ISCO-08 4-digit unit group). Choose one from the list.' },
  employer_other_organisation: { lt: 'Šis darbdavys nerastas jūsų organizacijoje.', en: 'This employer was not found in your organisation.' },
  case_other_organisation: { lt: 'Šis atvejis priklauso kitai organizacijai nei darbdavys.', en: 'This case belongs to another organisation than the employer.' },
  contact_person_other_employer: { lt: 'Šis kontaktinis asmuo nėra šio darbdavio darbuotojas.', en: 'This contact person does not work for this employer.' },
  vacancy_other_employer: { lt: 'Ši darbo vieta nėra šio darbdavio.', en: 'This vacancy is not this employer\'s.' },
  too_many: { lt: 'Per daug: daugiausia {{max}}.', en: 'Too many: at most {{max}}.' },
  unknown_language: { lt: 'Kalbą nurodykite dviejų raidžių kodu (pvz., lt, en).', en: 'Give the language as a two-letter code (e.g. lt, en).' },
  sensitive_answer: { lt: 'Į šį klausimą atsakyti ir jo atsakymą matyti gali tik darbuotojai, turintys teisę matyti specialių kategorijų duomenis.', en: 'Only staff allowed to see special-category data can answer this question and see its answer.' },
  // Supported employment (issue 5, decision 0031).
  before_informed_choice: { lt: 'Susitarimo data negali būti ankstesnė už informuoto pasirinkimo datą ({{informedChoiceOn}}).', en: 'The agreement date cannot be before the informed choice ({{informedChoiceOn}}).' },
  before_analysed: { lt: 'Susitarimo data negali būti ankstesnė už darbo analizės datą ({{analysedOn}}).', en: 'The agreement date cannot be before the job analysis ({{analysedOn}}).' },
  // Placements (issue 5, decision 0034).
  unknown_vacancy: { lt: 'Tokios laisvos darbo vietos organizacijoje nėra.', en: 'There is no such vacancy in the organisation.' },
  follow_up_too_early: { lt: 'Stebėsenos rezultatą galima įrašyti nuo {{from}}.', en: 'The follow-up can be recorded from {{from}}.' },
  fading_first_week: { lt: 'Pagalbos mažinimo planas prasideda nuo 1 savaitės.', en: 'The fading plan starts in week 1.' },
  fading_weeks_order: { lt: 'Savaitė turi būti vėlesnė už ankstesnio žingsnio savaitę ({{week}}).', en: 'The week must come after the previous step\'s week ({{week}}).' },
  fading_hours_rise: { lt: 'Pagalba turi mažėti: ne daugiau kaip {{hours}} val. per savaitę.', en: 'Support must fade: at most {{hours}} hours a week.' },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldProblem = keyof typeof FIELD_MESSAGES;

export interface FieldError {
  field: string;
  problem: FieldProblem;
  message: string;
  params?: Record<string, string | number>;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
