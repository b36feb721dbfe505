/** The one `withDb`: open the pipeline database, use it, close it (every connection closes when done). */
import { openPipelineDb, type OpenOptions, type PipelineDatabase } from './db';

export async function withDb<T>(use: (db: PipelineDatabase) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const db = await openPipelineDb(options);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
