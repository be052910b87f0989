// State shared by the shell and the screens, as runes.

import * as api from "./api";
import type { ApiError, BackupInfo, QueueCounts } from "./api";

/** Work left today: due reviews, new questions and learning steps. */
export function remainingToday(counts: QueueCounts): number {
  return counts.due + counts.new + counts.learning;
}

class AppState {
  /** Today's queue, for the sidebar badge and the home screen. */
  counts = $state<QueueCounts | null>(null);
  /** Set when the engine could not open: the layout shows only this. */
  startupError = $state<ApiError | null>(null);
  /** With a damaged database: the newest backup that passes its check. */
  startupBackup = $state<BackupInfo | null>(null);
  /** Settings: run every challenge on the user's own CPython. */
  alwaysUsePython = $state(false);
  searchOpen = $state(false);
  helpOpen = $state(false);

  /** Work left today, for the sidebar badge. */
  get remaining(): number {
    return this.counts ? remainingToday(this.counts) : 0;
  }

  async refreshCounts(): Promise<QueueCounts | null> {
    try {
      this.counts = await api.queueCounts();
    } catch {
      // The badge is a convenience: screens report their own errors.
    }
    return this.counts;
  }
}

export const app = new AppState();

api.onStartupError((error) => {
  app.startupError = error;
});

export type ToastTone = "info" | "success" | "error";

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

class ToastState {
  items = $state<Toast[]>([]);
  #next = 1;

  show(message: string, tone: ToastTone = "info", durationMs = 3200): void {
    const id = this.#next++;
    this.items = [...this.items.slice(-2), { id, message, tone }];
    setTimeout(() => this.dismiss(id), durationMs);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((toast) => toast.id !== id);
  }
}

export const toasts = new ToastState();
