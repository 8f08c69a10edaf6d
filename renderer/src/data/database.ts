// Runs in the renderer. The app's one open database, set once at start-up; repositories read it from here.
import type { JointCheckDb } from '../db/db';

let current: JointCheckDb | null = null;

export function setDatabase(db: JointCheckDb | null): void {
  current = db;
}

export function database(): JointCheckDb {
  if (!current) throw new Error('The database is used before it was opened.');
  return current;
}
