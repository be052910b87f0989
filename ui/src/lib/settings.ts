// Reading the settings form's fields. Ranges are the engine's to check; here
// we only make sure a field holds a number of the right shape.

import type { Settings } from "./bindings";

export type SettingsField =
  | "newPerDay"
  | "reviewsPerDay"
  | "desiredRetention"
  | "rolloverHour"
  | "dailyMinutes"
  | "newQuestionsDaysEarly";

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  "newPerDay",
  "reviewsPerDay",
  "desiredRetention",
  "rolloverHour",
  "dailyMinutes",
  "newQuestionsDaysEarly",
];

/** A field's value; only the daily minutes may be null (empty: no budget). */
export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

const WHOLE = /^\d{1,9}$/;

export function parseSettingsField(field: SettingsField, text: string): Parsed {
  const value = text.trim();
  if (field === "dailyMinutes") {
    if (value === "") return { ok: true, value: null };
    if (!WHOLE.test(value)) {
      return { ok: false, message: "Enter a whole number of minutes, or leave it empty." };
    }
    return { ok: true, value: Number(value) };
  }
  if (value === "") return { ok: false, message: "Enter a number." };
  if (field === "desiredRetention") {
    const number = Number(value);
    if (!Number.isFinite(number)) return { ok: false, message: "Enter a number such as 0.90." };
    return { ok: true, value: Math.round(number * 1000) / 1000 };
  }
  if (!WHOLE.test(value)) return { ok: false, message: "Enter a whole number, 0 or more." };
  return { ok: true, value: Number(value) };
}

/** `settings` with `field` read from `text`, or why the text can't be read. */
export function withField(
  settings: Settings,
  field: SettingsField,
  text: string,
): { ok: true; settings: Settings } | { ok: false; message: string } {
  const parsed = parseSettingsField(field, text);
  if (!parsed.ok) return parsed;
  return { ok: true, settings: { ...settings, [field]: parsed.value } };
}

/** What a field shows for a value. */
export function fieldText(field: SettingsField, value: number | null): string {
  if (value === null) return "";
  return field === "desiredRetention" ? value.toFixed(2) : String(value);
}
