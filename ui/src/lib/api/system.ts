// The app itself: settings, the database and its backups, start-up and quitting.

import { isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import {
  commands,
  type About,
  type BackupInfo,
  type CheckReport,
  type DatabaseStatus,
  type IpcError,
  type Recovery,
  type Settings,
  type UpdateStatus,
} from "../bindings";
import { fail, unwrap } from "./core";

export function getSettings(): Promise<Settings> {
  return unwrap(() => commands.getSettings());
}

/** Validates (kind "invalid_input" with a message to show) and saves the settings. */
export function setSettings(settings: Settings): Promise<Settings> {
  return unwrap(() => commands.setSettings(settings));
}

export function backups(): Promise<BackupInfo[]> {
  return unwrap(() => commands.backups());
}

export function backUpNow(): Promise<BackupInfo> {
  return unwrap(() => commands.backUpNow());
}

/** Backs the current state up, then restores backup `name` in place. */
export function restoreBackup(name: string): Promise<null> {
  return unwrap(() => commands.restoreBackup(name));
}

export function checkDatabase(): Promise<CheckReport> {
  return unwrap(() => commands.checkDatabase());
}

/** Whether the database is open; when not, why, and the backup that could replace it. */
export async function databaseStatus(): Promise<DatabaseStatus> {
  return await commands.databaseStatus();
}

/** Opens the database again; gives the problem when it still can't. */
export async function reopenDatabase(): Promise<IpcError | null> {
  return await commands.reopenDatabase();
}

/** Keeps the damaged file aside, then restores the newest backup or starts fresh. */
export function recover(recovery: Recovery): Promise<IpcError | null> {
  return unwrap(() => commands.recover(recovery));
}

export async function quitApp(): Promise<void> {
  await commands.quitApp();
}

/** What start-up has to tell the user (a settings file that could not be read). */
export async function startupNotices(): Promise<string[]> {
  try {
    return await commands.startupNotices();
  } catch (error) {
    fail(error);
  }
}

/** The app's, the bank's and the database's versions, and the data folder. */
export function about(): Promise<About> {
  return unwrap(() => commands.about());
}

/** Shows the data folder in the system's file manager. */
export function openDataFolder(): Promise<null> {
  return unwrap(() => commands.openDataFolder());
}

/** Opens a web page in the system browser; refused (kind "invalid_input") for anything but http(s). */
export function openWebLink(url: string): Promise<null> {
  return unwrap(() => commands.openWebLink(url));
}

/** Calls `listener` when a background backup fails; returns the unsubscribe. */
export function onBackupFailed(listener: (message: string) => void): () => void {
  if (!isTauri()) return () => {};
  const stop = listen<string>("backup-failed", (event) => listener(event.payload));
  return () => void stop.then((unlisten) => unlisten());
}

/** Asks GitHub for a newer Pyprep; refused (kind "invalid_input") while update checks are off. */
export function checkForUpdates(): Promise<UpdateStatus> {
  return unwrap(() => commands.checkForUpdates());
}

/** Downloads, verifies and installs the newer version, then restarts the app. */
export function installUpdate(): Promise<null> {
  return unwrap(() => commands.installUpdate());
}
