/** The one `withDb`: open the pipeline database, use it, close it (every connection closes when done). */
import { openDatabase, type OpenOptions, type Database } from './db';

export async function withDb<T>(use: (db: Database) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const db = await openDatabase(options);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
