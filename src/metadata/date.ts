/**
 * Dates: find a date in a string and normalise it to ISO 8601 without shifting its day.
 * A date alone gives "YYYY-MM-DD"; a date with a time and a known zone gives
 * "YYYY-MM-DDTHH:MM:SS±HH:MM"; a time without a zone keeps the local time ("YYYY-MM-DDTHH:MM:SS").
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
  // German, French, Spanish, Italian, Portuguese, Dutch month names (those not already above)
  januar: 1, januari: 1, janvier: 1, enero: 1, gennaio: 1, janeiro: 1, februar: 2, februari: 2, février: 2, fevrier: 2,
  febrero: 2, febbraio: 2, fevereiro: 2, märz: 3, maerz: 3, maart: 3, mars: 3, marzo: 3, março: 3, avril: 4, abril: 4,
  aprile: 4, mai: 5, mei: 5, mayo: 5, maggio: 5, maio: 5, juni: 6, juin: 6, junio: 6, giugno: 6, junho: 6, juli: 7,
  juillet: 7, julio: 7, luglio: 7, julho: 7, augustus: 8, août: 8, aout: 8, agosto: 8, septembre: 9, septiembre: 9,
  settembre: 9, setembro: 9, oktober: 10, octobre: 10, octubre: 10, ottobre: 10, outubro: 10, dezember: 12,
  décembre: 12, decembre: 12, diciembre: 12, dicembre: 12, dezembro: 12, noviembre: 11, novembre: 11, novembro: 11,
  // Polish and Russian, in the genitive a date uses ("12 marca 2024", "12 марта 2024")
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9,
  października: 10, listopada: 11, grudnia: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12,
};

/** Offsets of time-zone abbreviations seen in bylines, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, ist: 330, jst: 540, kst: 540,
  aest: 600, aedt: 660, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  et: -300, ct: -360, mt: -420, pt: -480,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const TIME = String.raw`(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?([a-z]{1,4})\)?(?![a-z]))?`;

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const MDY_RE = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'i');
const DMY_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(${MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{4})`, 'i');
const NUMERIC_DMY_RE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** Chinese, Japanese and Korean: 2024年3月12日, 2024년 3월 12일. */
const CJK_YMD_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const TIME_RE = new RegExp(TIME, 'i');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The time written in `s` (outside the date itself), as "THH:MM:SS" plus zone, or "". */
function timePart(s: string): string {
  const t = TIME_RE.exec(s);
  if (!t) return '';
  let h = Number(t[1]);
  const min = Number(t[2]);
  const sec = Number(t[3] ?? 0);
  const ampm = t[4]?.replace(/\./g, '').toLowerCase();
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return '';
  const zone = t[5]?.toLowerCase();
  const offset = zone !== undefined ? ZONES[zone] : undefined;
  return `T${pad(h)}:${pad(min)}:${pad(sec)}${offset !== undefined ? formatOffset(offset) : ''}`;
}

/** Finds a date in free text ("Updated 10:31 PM EST, Tue March 7, 2023") and returns ISO 8601, or null. */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  const iso = ISO_RE.exec(s);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDate(Number(y), Number(m), Number(d))) return null;
    if (!hh) return `${y}-${m}-${d}`;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : '';
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  let y = 0, m = 0, d = 0;
  let rest = s;
  const mdy = MDY_RE.exec(s);
  const dmy = mdy ? null : DMY_RE.exec(s);
  const num = mdy || dmy ? null : NUMERIC_DMY_RE.exec(s);
  const cjk = mdy || dmy || num ? null : CJK_YMD_RE.exec(s);
  if (mdy) {
    [m, d, y] = [MONTHS[mdy[1]!.toLowerCase()]!, Number(mdy[2]), Number(mdy[3])];
    rest = s.replace(mdy[0], ' ');
  } else if (dmy) {
    [d, m, y] = [Number(dmy[1]), MONTHS[dmy[2]!.toLowerCase()]!, Number(dmy[3])];
    rest = s.replace(dmy[0], ' ');
  } else if (num) {
    [d, m, y] = [Number(num[1]), Number(num[2]), Number(num[3])];
    rest = s.replace(num[0], ' ');
  } else if (cjk) {
    [y, m, d] = [Number(cjk[1]), Number(cjk[2]), Number(cjk[3])];
    rest = s.replace(cjk[0], ' ');
  } else {
    return null;
  }
  if (!validDate(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}${timePart(rest)}`;
}

/** True when the line is mostly a date (and perhaps a time and a label), with little else. */
export function isDateLine(line: string): boolean {
  if (!parseDate(line)) return false;
  const words = line.replace(ISO_RE, ' ').replace(MDY_RE, ' ').replace(DMY_RE, ' ').replace(CJK_YMD_RE, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length <= 6;
}
