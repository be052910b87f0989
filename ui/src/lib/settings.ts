// Reading the settings form's fields. Ranges are the engine's to check; here
// we only make sure a field holds a number of the right shape.

export type SettingsField = "newPerDay" | "reviewsPerDay" | "desiredRetention" | "rolloverHour";

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const WHOLE = /^\d{1,9}$/;

export function parseSettingsField(field: SettingsField, text: string): Parsed {
  const value = text.trim();
  if (value === "") return { ok: false, message: "Enter a number." };
  if (field === "desiredRetention") {
    const number = Number(value);
    if (!Number.isFinite(number)) return { ok: false, message: "Enter a number such as 0.90." };
    return { ok: true, value: Math.round(number * 1000) / 1000 };
  }
  if (!WHOLE.test(value)) return { ok: false, message: "Enter a whole number, 0 or more." };
  return { ok: true, value: Number(value) };
}
